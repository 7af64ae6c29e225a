package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.type.TypeReference;

/** The webhooks over the admin API: the attempts listed, a session's callback and chaos set, bad input answered. */
@Timeout(60)
class WebhookAdminTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final Receiver receiver = new Receiver();
    private final WamockServer server = WamockServer.builder().webhooks(WebhookOptions.to(receiver.url())
            .withAppSecret("fake-app-secret-1234").withVerifyToken("fake-verify-1234")).start();
    private final Http http = Http.to(server);

    WebhookAdminTest() throws java.io.IOException {
    }

    @AfterEach
    void stop() {
        server.close();
        receiver.close();
    }

    @Test
    void theAttemptsOfASessionAreListedAsAJsonArrayOfWebhookDeliveries() {
        Sends.text(server, "s1", SendVerdict.goes());
        List<WebhookDelivery> seen = server.webhooks("s1").awaitDeliveries(1, WAIT);

        Reply reply = http.admin("GET", "/webhooks?session=s1", null);

        assertThat(reply.status()).isEqualTo(200);
        List<WebhookDelivery> listed = Mappers.JSON.readValue(reply.body(), new TypeReference<List<WebhookDelivery>>() {
        });
        assertThat(listed).startsWith(seen.get(0));
        assertThat(http.admin("GET", "/webhooks", null).json().size()).as("the default session's").isZero();
    }

    @Test
    void aSessionGetsItsOwnCallbackAndChaosAndTheAnswerHidesTheSecrets() throws Exception {
        try (Receiver other = new Receiver()) {
            Reply reply = http.admin("PUT", "/webhooks?session=s2", "{\"callbackUrl\": \"" + other.url() + "\","
                    + " \"chaos\": {\"readWithoutDelivered\": 1, \"delayed\": 0.5, \"delayBy\": \"30s\", \"seed\": 7}}");

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().path("callbackUrl").asString()).isEqualTo(other.url());
            assertThat(reply.json().at("/chaos/delayBy").asString()).isEqualTo("30s");
            assertThat(reply.body()).doesNotContain("fake-app-secret-1234").doesNotContain("fake-verify-1234");
            assertThat(server.webhooks("s2").chaos().readWithoutDelivered()).isEqualTo(1);
            assertThat(server.webhooks().chaos().readWithoutDelivered()).as("the default session's").isZero();
            Reply read = http.admin("GET", "/webhooks/settings?session=s2", null);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json()).as("GET reads what PUT answered").isEqualTo(reply.json());
            assertThat(http.admin("GET", "/webhooks/settings", null).json().path("callbackUrl").asString())
                    .as("the default session's").isEqualTo(receiver.url());

            server.webhooks("s2").chaos(WebhookChaos.none());
            Sends.text(server, "s2", SendVerdict.goes());
            server.webhooks("s2").awaitDeliveries(1, WAIT);
            assertThat(other.got()).isNotEmpty();
            assertThat(receiver.got()).isEmpty();
        }
    }

    @Test
    void badSettingsGetGraphErrorsThatStateTheRule() {
        Reply unknown = http.admin("PUT", "/webhooks", "{\"chaos\": {\"reorder\": 1}}");
        Reply probability = http.admin("PUT", "/webhooks", "{\"chaos\": {\"dropped\": 2}}");
        Reply url = http.admin("PUT", "/webhooks", "{\"callbackUrl\": \"file:///etc/passwd\"}");
        Reply session = http.admin("GET", "/webhooks?session=" + "x".repeat(70), null);

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error().path("message").asString()).contains("unknown chaos field 'reorder'")
                .contains("outOfOrder");
        assertThat(probability.error().path("message").asString())
                .endsWith("dropped is a probability from 0 to 1 but was 2.0");
        assertThat(url.error().path("message").asString()).contains("http or https URL");
        assertThat(session.status()).isEqualTo(400);
    }
}
