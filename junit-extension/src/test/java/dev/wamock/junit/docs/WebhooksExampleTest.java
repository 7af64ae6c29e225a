package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.ReceivedWebhook;
import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockTest;
import dev.wamock.junit.WamockWebhooks;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WamockTest
class WebhooksExampleTest {
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void aFailingEndpointGetsTheStatusOnTheThirdTry(WamockHandle wamock, WamockWebhooks webhooks) throws Exception {
        wamock.clock().manual(); // wamock's retries wait on the scenario clock
        webhooks.failNext(2); // the next two deliveries are answered 500

        HttpRequest send = HttpRequest.newBuilder(wamock.uri("/v23.0/106540352242922/messages"))
                .header("Authorization", "Bearer fake-token-1234").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"messaging_product": "whatsapp", "to": "16505551234", "type": "template",
                         "template": {"name": "hello_world", "language": {"code": "en_US"}}}""")).build();
        String answer = HttpClient.newHttpClient().send(send, BodyHandlers.ofString()).body(); // the client under test
        String wamid = answer.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        webhooks.await(1, TIMEOUT); // "sent", answered 500
        wamock.clock().advance(Duration.ofSeconds(10)); // wamock's first retry: 500 again
        webhooks.await(2, TIMEOUT);
        wamock.clock().advance(Duration.ofMinutes(1)); // its second: taken; delivered and read follow

        ReceivedWebhook read = webhooks.awaitStatus(wamid, "read", TIMEOUT);
        assertThat(read.signatureValid()).isTrue(); // signed with webhooks.appSecret()
        assertThat(webhooks.deliveries()).extracting(ReceivedWebhook::answerStatus)
                .containsExactly(500, 500, 200, 200, 200);
    }
}
