package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.ReceivedWebhook;
import dev.wamock.junit.WamockTest;
import dev.wamock.junit.WamockWebhooks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

@WamockTest
class WebhooksExampleTest {
    static final String WAMID = "wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA";

    @Test
    void aFailingEndpointGetsTheStatusOnTheThirdTry(WamockWebhooks webhooks) throws Exception {
        webhooks.failNext(2); // the next two deliveries are answered 500

        for (int attempt = 1; attempt <= 3; attempt++) { // the test stands in for wamock's deliveries and retries
            deliver(webhooks, """
                    {"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{
                    "statuses":[{"id":"%s","status":"read","recipient_id":"16505551234"}]}}]}]}""".formatted(WAMID));
        }

        ReceivedWebhook firstTry = webhooks.awaitStatus(WAMID, "read", Duration.ofSeconds(5)); // the first carrying it
        assertThat(firstTry.signatureValid()).isTrue();
        assertThat(firstTry.statuses()).extracting(ReceivedWebhook.Status::recipientId).containsExactly("16505551234");
        assertThat(webhooks.deliveries()).extracting(ReceivedWebhook::answerStatus).containsExactly(500, 500, 200);
    }

    /** POSTs {@code body} signed as Meta does: X-Hub-Signature-256 = sha256=HMAC-SHA256(app secret, body). */
    private static void deliver(WamockWebhooks webhooks, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(webhooks.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhooks.url()))
                .header("X-Hub-Signature-256", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpClient.newHttpClient().send(request, BodyHandlers.discarding());
    }
}
