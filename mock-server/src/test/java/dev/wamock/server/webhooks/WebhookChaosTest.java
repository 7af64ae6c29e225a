package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.testing.ServerClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each chaos effect, fired always (probability 1), on a manual clock. */
@Timeout(60)
class WebhookChaosTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final Receiver receiver = new Receiver();
    private final WamockServer server = WamockServer.builder().webhooks(WebhookOptions.to(receiver.url())).start();

    WebhookChaosTest() throws java.io.IOException {
        ServerClock.of(server).manual();
    }

    @AfterEach
    void stop() {
        server.close();
        receiver.close();
    }

    private List<WebhookDelivery> sendAndAdvance(int expected) {
        Sends.text(server, SendVerdict.goes());
        server.clock().advance(Duration.ofSeconds(5));
        return server.webhooks().awaitDeliveries(expected, WAIT);
    }

    @Test
    void outOfOrderDeliversAMessagesStatusesInReverseEachWithItsOwnTimestamp() {
        server.webhooks().chaos(WebhookChaos.none().outOfOrder(1));

        List<WebhookDelivery> all = sendAndAdvance(3);

        assertThat(all).extracting(WebhookDelivery::status).containsExactly("read", "delivered", "sent");
        assertThat(all.get(0).body()).contains("\"status\":\"read\"");
    }

    @Test
    void duplicatedPostsEachDeliveryTwiceUnderItsOwnDeliveryId() {
        server.webhooks().chaos(WebhookChaos.none().duplicated(1));

        List<WebhookDelivery> all = sendAndAdvance(6);

        assertThat(all).extracting(WebhookDelivery::status)
                .containsExactly("sent", "sent", "delivered", "delivered", "read", "read");
        assertThat(all.get(0).body()).isEqualTo(all.get(1).body());
        assertThat(all.get(0).deliveryId()).isNotEqualTo(all.get(1).deliveryId());
    }

    @Test
    void delayedDeliveriesWaitTheExtraTimeOnTheScenarioClock() {
        server.webhooks().chaos(WebhookChaos.none().delayed(1, Duration.ofSeconds(30)));
        Sends.text(server, SendVerdict.goes());
        server.clock().advance(Duration.ofSeconds(29));

        assertThatThrownBy(() -> server.webhooks().awaitDeliveries(1, Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("saw 0");
        server.clock().advance(Duration.ofSeconds(5));

        assertThat(server.webhooks().awaitDeliveries(3, WAIT)).extracting(WebhookDelivery::status)
                .containsExactly("sent", "delivered", "read");
    }

    @Test
    void readWithoutDeliveredLeavesTheDeliveredStatusOut() {
        server.webhooks().chaos(WebhookChaos.none().readWithoutDelivered(1));

        List<WebhookDelivery> all = sendAndAdvance(2);

        assertThat(all).extracting(WebhookDelivery::status).containsExactly("sent", "read");
        assertThat(server.webhooks().pending()).isZero();
    }

    @Test
    void droppedDeliveriesAreNeverPostedAndCounted() {
        server.webhooks().chaos(WebhookChaos.none().dropped(1));
        Sends.text(server, SendVerdict.goes());
        server.clock().advance(Duration.ofSeconds(5));

        assertThat(server.webhooks().dropped()).isEqualTo(3);
        assertThat(server.webhooks().pending()).isZero();
        assertThat(server.webhooks().deliveries()).isEmpty();
    }

    @Test
    void theSameSeedDropsTheSameDeliveries() {
        WebhookChaos half = WebhookChaos.none().dropped(0.5).seed(42);
        server.webhooks().chaos(half);
        for (int i = 0; i < 4; i++) {
            Sends.text(server, SendVerdict.goes());
        }
        long first = server.webhooks().dropped();
        server.webhooks().chaos(half); // the draws start again
        for (int i = 0; i < 4; i++) {
            Sends.text(server, SendVerdict.goes());
        }

        assertThat(server.webhooks().dropped()).isEqualTo(2 * first);
        assertThat(first).isBetween(1L, 11L);
    }

    @Test
    void theServersChaosIsEverySessionsUntilASessionSetsItsOwn() throws Exception {
        try (WamockServer chaotic = WamockServer.builder().webhooks(WebhookOptions.to(receiver.url())
                .withChaos(WebhookChaos.none().readWithoutDelivered(1))).start()) {
            assertThat(chaotic.webhooks("s1").chaos().readWithoutDelivered()).isEqualTo(1);
            chaotic.webhooks("s2").chaos(WebhookChaos.none());

            assertThat(chaotic.webhooks("s2").chaos()).isEqualTo(WebhookChaos.none());
            assertThat(chaotic.webhooks("s1").chaos().readWithoutDelivered()).isEqualTo(1);
        }
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRefusedWithTheRule() {
        assertThatThrownBy(() -> WebhookChaos.none().duplicated(1.5))
                .hasMessage("duplicated is a probability from 0 to 1 but was 1.5");
    }
}
