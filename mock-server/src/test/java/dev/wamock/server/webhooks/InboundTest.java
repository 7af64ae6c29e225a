package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * Messages users send, injected from Java and the admin API: a signed {@code messages} webhook, and the session's
 * 24-hour window opened (a text reply then goes: sent, delivered; without the window it fails with 131047).
 */
@Timeout(60)
class InboundTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "fake-app-secret-1234";
    private final Receiver receiver = new Receiver().checkSignaturesWith(SECRET);
    private final WamockServer server = WamockServer.builder()
            .webhooks(WebhookOptions.to(receiver.url()).withAppSecret(SECRET)).start();

    InboundTest() throws java.io.IOException {
    }

    @AfterEach
    void stop() {
        server.close();
        receiver.close();
    }

    @Test
    void aTextFromJavaIsDeliveredAsASignedMessagesWebhookAndOpensTheWindow() {
        ServerClock.of(server).manual().advance(Duration.ofHours(2));

        String wamid = server.inbound().named("Sheena Nelson").text(Sends.USER, "hi");

        WebhookDelivery d = server.webhooks().awaitDeliveries(1, WAIT).get(0);
        assertThat(d.field()).isEqualTo("messages");
        assertThat(d.wamid()).isEqualTo(wamid).startsWith("wamid.");
        assertThat(d.status()).isNull();
        assertThat(d.answerStatus()).as("the receiver checked the signature").isEqualTo(200);
        assertThat(WebhookSchema.violations(d.body())).isEmpty();
        JsonNode value = Mappers.JSON.readTree(d.body()).at("/entry/0/changes/0/value");
        assertThat(value.at("/contacts/0/wa_id").asString()).isEqualTo(Sends.USER);
        assertThat(value.at("/contacts/0/profile/name").asString()).isEqualTo("Sheena Nelson");
        assertThat(value.at("/messages/0/id").asString()).isEqualTo(wamid);
        assertThat(value.at("/messages/0/from").asString()).isEqualTo(Sends.USER);
        assertThat(value.at("/messages/0/text/body").asString()).isEqualTo("hi");
        long ts = Long.parseLong(value.at("/messages/0/timestamp").asString());
        assertThat(ts).as("two hours ahead of now, as the scenario clock").isGreaterThan(
                java.time.Instant.now().plus(Duration.ofMinutes(119)).getEpochSecond());
        assertThat(replyStatuses(server, "")).as("the window it opened").containsExactly("sent", "delivered");
    }

    @Test
    void imagesLocationsAndReactionsAreWebhookPayloadsToo() {
        server.inbound().image(Sends.USER, "1003383421387256", "Taj Mahal");
        server.inbound().location(Sends.USER, 37.44, -122.16);
        server.inbound().reaction(Sends.USER, "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0RTJEOTc2ODVERUY5RDlGNkYA", "👍");

        List<WebhookDelivery> all = server.webhooks().awaitDeliveries(3, WAIT);

        assertThat(all).allSatisfy(d -> assertThat(WebhookSchema.violations(d.body())).as(d.body()).isEmpty());
    }

    @Test
    void theAdminApiInjectsAMessageIntoTheSessionItNames() {
        Reply reply = Http.to(server).admin("POST", "/inbound?session=s1",
                "{\"from\": \"16505551234\", \"type\": \"text\", \"text\": \"hello from curl\"}");

        assertThat(reply.status()).isEqualTo(200);
        String wamid = reply.json().path("wamid").asString();
        WebhookDelivery d = server.webhooks("s1").awaitDeliveries(1, WAIT).get(0);
        assertThat(d.wamid()).isEqualTo(wamid);
        assertThat(d.body()).contains("hello from curl");
        assertThat(server.webhooks().deliveries()).as("the default session's").isEmpty();
        assertThat(replyStatuses(server, "s1")).as("s1's window").containsExactly("sent", "delivered");
        assertThat(replyStatuses(server, "")).as("the default session's window").containsExactly("sent", "failed");
    }

    @Test
    void aBadInboundGetsAGraphErrorNamingTheRule() {
        Reply reply = Http.to(server).admin("POST", "/inbound", "{\"from\": \"not-a-number\", \"text\": \"hi\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().path("message").asString()).contains("WhatsApp ID of 5 to 20 digits");
        assertThat(Http.to(server).admin("POST", "/inbound", "{\"from\": \"16505551234\", \"type\": \"sticker\"}")
                .error().path("message").asString()).contains("[text, image, location, reaction]");
        assertThatThrownBy(() -> server.inbound().text("+1 650", "hi")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutACallbackAnInboundMessageStillOpensTheWindow() {
        try (WamockServer quiet = WamockServer.builder().webhooks(WebhookOptions.none().withAppSecret(SECRET)).start()) {
            quiet.inbound().text(Sends.USER, "hi");
            assertThat(quiet.webhooks().deliveries()).isEmpty();

            quiet.webhooks().callback(receiver.url()); // only now, to see the reply's statuses

            assertThat(replyStatuses(quiet, "")).containsExactly("sent", "delivered");
        }
    }

    /** The first two statuses of a text reply to {@link Sends#USER} in {@code session} (on a manual clock). */
    private static List<String> replyStatuses(WamockServer server, String session) {
        WamockControl control = session.isEmpty() ? server : server.session(session);
        control.clock().manual();
        return SendCalls.textStatuses(control, server.webhooks(session), Sends.USER);
    }
}
