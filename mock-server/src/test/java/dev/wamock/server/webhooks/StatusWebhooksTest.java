package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.testing.ServerClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** Status webhooks after a send: order, signature, retries on the scenario clock, failures, shape, bounds. */
@Timeout(60)
class StatusWebhooksTest {
    private static final String SECRET = "fake-app-secret-1234";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final Receiver receiver = new Receiver();
    private WamockServer server;

    StatusWebhooksTest() throws java.io.IOException {
    }

    private WamockServer start(WebhookOptions options) {
        server = WamockServer.builder().webhooks(options).start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        receiver.close();
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheDeliveryOnTheThirdTrySignedWithTheStatusesInOrder() {
        receiver.failFirst(2).checkSignaturesWith(SECRET);
        start(WebhookOptions.to(receiver.url()).withAppSecret(SECRET));
        ServerClock.of(server).manual();
        String wamid = Sends.text(server, SendVerdict.goes());

        server.webhooks().awaitDeliveries(1, WAIT);
        server.clock().advance(Duration.ofSeconds(10)); // the first retry's wait
        server.webhooks().awaitDeliveries(2, WAIT);
        server.clock().advance(Duration.ofMinutes(1)); // the second's
        List<WebhookDelivery> all = server.webhooks().awaitDeliveries(5, WAIT);

        assertThat(all).extracting(WebhookDelivery::status)
                .containsExactly("sent", "sent", "sent", "delivered", "read");
        assertThat(all).extracting(WebhookDelivery::attempt).containsExactly(1, 2, 3, 1, 1);
        assertThat(all).extracting(WebhookDelivery::answerStatus).containsExactly(500, 500, 200, 200, 200);
        assertThat(all).extracting(WebhookDelivery::wamid).containsOnly(wamid);
        assertThat(all.get(0).deliveryId()).isEqualTo(all.get(2).deliveryId()).isNotEqualTo(all.get(3).deliveryId());
        assertThat(all.get(1).clockNanos() - all.get(0).clockNanos()).isGreaterThanOrEqualTo(Duration.ofSeconds(10).toNanos());
        assertThat(receiver.got()).hasSize(5).allSatisfy(got -> assertThat(receiver.valid(got.signature(), got.body()))
                .as("signature of %s", got.body()).isTrue());
        assertThat(receiver.got()).extracting(Receiver.Got::body).containsExactlyElementsOf(
                all.stream().map(WebhookDelivery::body).toList());
    }

    @Test
    void aReceiverThatChecksSignaturesRejectsATamperedBody() throws Exception {
        receiver.checkSignaturesWith(SECRET);
        start(WebhookOptions.to(receiver.url()).withAppSecret(SECRET).withStatusDelays(Duration.ZERO, Duration.ofHours(1),
                Duration.ofHours(2)));
        Sends.text(server, SendVerdict.goes());
        WebhookDelivery sent = server.webhooks().awaitDeliveries(1, WAIT).get(0);
        assertThat(sent.answerStatus()).isEqualTo(200);

        String tampered = sent.body().replace("\"sent\"", "\"read\"");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(receiver.url()))
                .header("X-Hub-Signature-256", sent.signature()).POST(HttpRequest.BodyPublishers.ofString(tampered))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(tampered).isNotEqualTo(sent.body());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(sent.signature()).matches("sha256=[0-9a-f]{64}");
    }

    @Test
    void everyBodyIsAWebhookPayloadOfTheOpenApiWithTheStatusShape() {
        start(WebhookOptions.to(receiver.url()).withAppSecret(SECRET));
        ServerClock.of(server).manual();
        String wamid = Sends.text(server, SendVerdict.goes());
        server.clock().advance(Duration.ofSeconds(5));

        List<WebhookDelivery> all = server.webhooks().awaitDeliveries(3, WAIT);

        assertThat(all).allSatisfy(d -> assertThat(WebhookSchema.violations(d.body())).as(d.body()).isEmpty());
        JsonNode sent = Mappers.JSON.readTree(all.get(0).body());
        assertThat(sent.path("object").asString()).isEqualTo("whatsapp_business_account");
        JsonNode change = sent.path("entry").get(0).path("changes").get(0);
        assertThat(change.path("field").asString()).isEqualTo("messages");
        JsonNode value = change.path("value");
        assertThat(value.path("messaging_product").asString()).isEqualTo("whatsapp");
        assertThat(value.path("metadata").path("phone_number_id").asString()).isEqualTo(dev.wamock.server.testing.Http.NUMBER);
        assertThat(value.path("metadata").path("display_phone_number").asString()).matches("[0-9]+");
        JsonNode status = value.path("statuses").get(0);
        assertThat(status.path("id").asString()).isEqualTo(wamid);
        assertThat(status.path("recipient_id").asString()).isEqualTo(Sends.USER);
        assertThat(status.path("timestamp").asString()).matches("[0-9]{10}");
        assertThat(status.path("pricing").path("category").asString()).isEqualTo("service");
        long sentAt = Long.parseLong(status.path("timestamp").asString());
        long readAt = Long.parseLong(Mappers.JSON.readTree(all.get(2).body()).at("/entry/0/changes/0/value/statuses/0/timestamp")
                .asString());
        assertThat(readAt - sentAt).as("read 3 s after sent on the scenario clock").isBetween(2L, 4L);
    }

    @Test
    void aSendThatFailsLaterGetsSentThenFailedWithTheVerdictsError() {
        start(WebhookOptions.to(receiver.url()));
        ServerClock.of(server).manual();
        Sends.text(server, SendVerdict.failsLater(Sends.UNDELIVERABLE));
        server.clock().advance(Duration.ofSeconds(1));

        List<WebhookDelivery> all = server.webhooks().awaitDeliveries(2, WAIT);

        assertThat(all).extracting(WebhookDelivery::status).containsExactly("sent", "failed");
        assertThat(WebhookSchema.violations(all.get(1).body())).isEmpty();
        JsonNode error = Mappers.JSON.readTree(all.get(1).body()).at("/entry/0/changes/0/value/statuses/0/errors/0");
        assertThat(error.path("code").asInt()).isEqualTo(131026);
        assertThat(error.path("title").asString()).isEqualTo("Message undeliverable");
        assertThat(error.path("message").asString()).isEqualTo("Message undeliverable");
        assertThat(error.at("/error_data/details").asString()).startsWith("Unable to deliver message.");
        assertThat(all.get(0).signature()).as("no app secret, no signature").isNull();
    }

    @Test
    void onARealTimeClockTheStatusesComeByThemselves() {
        start(WebhookOptions.to(receiver.url()).withStatusDelays(Duration.ZERO, Duration.ofMillis(20),
                Duration.ofMillis(40)));
        Sends.text(server, SendVerdict.goes());

        assertThat(server.webhooks().awaitDeliveries(3, WAIT)).extracting(WebhookDelivery::status)
                .containsExactly("sent", "delivered", "read");
    }

    @Test
    void aRefusedReceiverIsRetriedAndEachTryRecordsWhyItFailed() {
        start(WebhookOptions.to("http://127.0.0.1:1/webhook").withAttemptTimeout(Duration.ofSeconds(2)));
        ServerClock.of(server).manual();
        Sends.text(server, SendVerdict.goes());
        server.webhooks().awaitDeliveries(1, WAIT);
        server.clock().advance(Duration.ofSeconds(10));

        List<WebhookDelivery> all = server.webhooks().awaitDeliveries(2, WAIT);

        assertThat(all).extracting(WebhookDelivery::answerStatus).containsExactly(0, 0);
        assertThat(all.get(0).failure()).isNotBlank();
        assertThat(all).extracting(WebhookDelivery::attempt).containsExactly(1, 2);
        assertThat(server.webhooks().pending()).as("sent waits for its third try, delivered and read for their turn")
                .isEqualTo(3);
    }

    @Test
    void aSessionKeepsAtMostMaxPendingDeliveriesAndCountsTheRest() {
        start(WebhookOptions.to(receiver.url()).withMaxPending(4).withStatusDelays(Duration.ofHours(1),
                Duration.ofHours(2), Duration.ofHours(3)));
        ServerClock.of(server).manual();

        Sends.text(server, SendVerdict.goes());
        Sends.text(server, SendVerdict.goes());

        assertThat(server.webhooks().pending()).isEqualTo(3);
        assertThat(server.webhooks().overflowed()).isEqualTo(3);
    }

    @Test
    void theOptionsRefuseANonHttpCallbackAndHideTheirSecrets() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebhookOptions.to("ftp://127.0.0.1/x"))
                .hasMessageContaining("http or https URL");
        String shown = WebhookOptions.to(receiver.url()).withAppSecret(SECRET).withVerifyToken("fake-verify-1234")
                .toString();
        assertThat(shown).doesNotContain(SECRET).doesNotContain("fake-verify-1234").contains("***");
    }
}
