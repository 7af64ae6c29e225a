package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.WebhookDelivery;
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

/**
 * A reset starts a session's webhooks over, whichever way it comes (Java, the admin API): its record of attempts is
 * empty and numbered from 1 again, its queued deliveries (a retry, a chain's next status) are forgotten, and its
 * callback and chaos are the server's again.
 */
@Timeout(60)
class WebhookResetTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final Receiver receiver = new Receiver();
    private final WamockServer server = WamockServer.builder().webhooks(WebhookOptions.to(receiver.url())
            .withStatusDelays(Duration.ZERO, Duration.ZERO, Duration.ZERO)).start();
    private final Http http = Http.to(server);

    WebhookResetTest() throws java.io.IOException {
    }

    @AfterEach
    void stop() {
        server.close();
        receiver.close();
    }

    @Test
    void afterAResetTheRecordIsEmptyAndTheNextAttemptIsNumberOne() {
        Sends.text(server, SendVerdict.goes());
        server.webhooks().awaitDeliveries(3, WAIT);

        server.reset();

        assertThat(server.webhooks().deliveries()).isEmpty();
        assertThat(http.admin("GET", "/webhooks", null).json().size()).isZero();
        String wamid = Sends.text(server, SendVerdict.goes());
        List<WebhookDelivery> again = server.webhooks().awaitDeliveries(3, WAIT);
        assertThat(again).extracting(WebhookDelivery::seq).containsExactly(1L, 2L, 3L);
        assertThat(again).extracting(WebhookDelivery::wamid).containsOnly(wamid);
    }

    @Test
    void aRetryQueuedBeforeAResetIsNeverDelivered() {
        receiver.failFirst(1);
        server.clock().manual();
        String before = Sends.text(server, SendVerdict.goes());
        server.webhooks().awaitDeliveries(1, WAIT); // sent, answered 500: its retry is due in 10 s, the rest wait behind
        assertThat(server.webhooks().pending()).isEqualTo(3);

        http.admin("POST", "/reset", null); // the admin API's reset, as a script or another process makes it

        assertThat(server.webhooks().pending()).isZero();
        server.clock().manual().advance(Duration.ofHours(1)); // far past the retry's due time
        String after = Sends.text(server, SendVerdict.goes());
        List<WebhookDelivery> attempts = server.webhooks().awaitDeliveries(3, WAIT);
        assertThat(attempts).extracting(WebhookDelivery::wamid).containsOnly(after);
        assertThat(receiver.got()).filteredOn(got -> got.body().contains(before)).hasSize(1);
        assertThat(server.webhooks().pending()).isZero();
    }

    @Test
    void aSessionsOwnCallbackAndChaosGoBackToTheServersOnReset() throws Exception {
        try (Receiver own = new Receiver()) {
            Reply put = http.admin("PUT", "/webhooks?session=s1", "{\"callbackUrl\": \"" + own.url() + "\","
                    + " \"chaos\": {\"readWithoutDelivered\": 1}}");
            assertThat(put.status()).as(put.body()).isEqualTo(200);

            http.admin("POST", "/reset?session=s1", null);

            Reply now = http.admin("PUT", "/webhooks?session=s1", "{}");
            assertThat(now.json().path("callbackUrl").asString()).isEqualTo(receiver.url());
            assertThat(now.json().at("/chaos/readWithoutDelivered").asDouble()).isZero();
            assertThat(server.webhooks("s1").chaos()).isEqualTo(WebhookChaos.none());
            Sends.text(server, "s1", SendVerdict.goes());
            assertThat(server.webhooks("s1").awaitDeliveries(3, WAIT)).extracting(WebhookDelivery::status)
                    .containsExactly("sent", "delivered", "read");
            assertThat(own.got()).isEmpty();
            assertThat(receiver.got()).hasSize(3);
        }
    }

    @Test
    void theAttemptsArePagedBySinceAndLimitAndABadValueIsAGraphError() {
        Sends.text(server, SendVerdict.goes());
        server.webhooks().awaitDeliveries(3, WAIT);

        assertThat(seqs(http.admin("GET", "/webhooks?limit=2", null))).containsExactly(1L, 2L);
        assertThat(seqs(http.admin("GET", "/webhooks?since=2", null))).containsExactly(3L);
        assertThat(seqs(http.admin("GET", "/webhooks?since=1&limit=1", null))).containsExactly(2L);
        assertThat(seqs(http.admin("GET", "/webhooks?since=3", null))).isEmpty();
        Reply zero = http.admin("GET", "/webhooks?limit=0", null);
        Reply word = http.admin("GET", "/webhooks?since=last", null);
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.error().path("message").asString())
                .endsWith("limit must be a whole number of at least 1 but was '0'; leave it out to read every attempt");
        assertThat(word.status()).isEqualTo(400);
        assertThat(word.error().path("message").asString()).contains("since must be a whole number of at least 0 but"
                + " was 'last'");
    }

    private static List<Long> seqs(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<Long> seqs = new java.util.ArrayList<>();
        reply.json().forEach(d -> seqs.add(d.path("seq").asLong()));
        return seqs;
    }
}
