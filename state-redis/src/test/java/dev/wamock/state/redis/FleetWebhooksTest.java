package dev.wamock.state.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.state.DeliveryLog;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.WebhookSettings;
import dev.wamock.state.redis.testing.RedisProcess;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session's webhooks on a fleet: the settings a test gives it through one replica apply on every replica, the
 * attempts every replica makes are one record numbered by Redis, and a reset (or a drop) starts both over everywhere.
 */
class FleetWebhooksTest {
    private static final String SETTINGS = "{\"callbackUrl\":\"http://127.0.0.1:9/webhook\"}";
    private static RedisProcess redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisProcess.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    static WebhookDelivery attempt(String deliveryId, int attempt) {
        return new WebhookDelivery(0, deliveryId, "statuses", "wamid.fake1", "sent", "http://127.0.0.1:9/webhook", attempt,
                "{\"object\":\"whatsapp_business_account\",\"note\":\"caf\u00e9 \ud83d\udc4d\"}", null, 500, null, 42, 7);
    }

    @Test
    void settingsGivenThroughOneReplicaAreSeenByAnotherOnceItCatchesUp() {
        try (Fleet fleet = new Fleet(redis.uri(), 2)) {
            SessionState a = fleet.session(0, "h1");
            SessionState b = fleet.session(1, "h1");
            WebhookSettings before = b.webhookSettings();

            a.webhookSettings(SETTINGS);

            assertThat(a.webhookSettings().json()).isEqualTo(SETTINGS);
            b.catchUp();
            assertThat(b.webhookSettings().json()).isEqualTo(SETTINGS);
            assertThat(b.webhookSettings().version()).isGreaterThan(before.version());
            assertThat(b.webhookSettings().starts()).as("no start over").isEqualTo(before.starts());
            a.webhookSettings(null);
            b.catchUp();
            assertThat(b.webhookSettings().json()).as("the server's again").isNull();
        }
    }

    @Test
    void attemptsMadeByTwoReplicasAreOneRecordInOneOrderReadPageByPage() {
        try (Fleet fleet = new Fleet(redis.uri(), 2)) {
            DeliveryLog a = fleet.session(0, "h2").deliveries();
            DeliveryLog b = fleet.session(1, "h2").deliveries();
            for (int i = 1; i <= 6; i++) {
                (i % 2 == 0 ? b : a).add(attempt((i % 2 == 0 ? "b" : "a") + i, 1));
            }

            List<WebhookDelivery> all = b.all();
            assertThat(all).extracting(WebhookDelivery::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(all).extracting(WebhookDelivery::deliveryId).containsExactly("a1", "b2", "a3", "b4", "a5", "b6");
            assertThat(all.get(0)).isEqualTo(attempt("a1", 1).withSeq(1)).as("every field, the body's text exactly");
            assertThat(a.after(2, 3)).extracting(WebhookDelivery::seq).containsExactly(3L, 4L, 5L);
            assertThat(a.after(6, 10)).isEmpty();
        }
    }

    @Test
    void aResetThroughOneReplicaEmptiesTheRecordAndStartsTheSettingsOverOnTheOther() {
        try (Fleet fleet = new Fleet(redis.uri(), 2)) {
            SessionState a = fleet.session(0, "h3");
            SessionState b = fleet.session(1, "h3");
            b.webhookSettings(SETTINGS);
            b.deliveries().add(attempt("b1", 1));
            long starts = b.webhookSettings().starts();

            a.reset();

            assertThat(b.deliveries().all()).isEmpty();
            b.catchUp();
            assertThat(b.webhookSettings().json()).isNull();
            assertThat(b.webhookSettings().starts()).isNotEqualTo(starts);
            b.deliveries().add(attempt("b2", 1));
            assertThat(a.deliveries().all()).extracting(WebhookDelivery::seq).containsExactly(1L);
        }
    }

    @Test
    void aSessionDroppedThroughOneReplicaStartsOverOnTheOtherWhichDoesNotMakeItAgainByCatchingUp() {
        try (Fleet fleet = new Fleet(redis.uri(), 2)) {
            SessionState b = fleet.session(1, "h4");
            b.webhookSettings(SETTINGS);
            b.deliveries().add(attempt("b1", 1));
            long starts = b.webhookSettings().starts();

            fleet.replica(0).drop("h4");
            b.catchUp();

            assertThat(b.webhookSettings().starts()).isNotEqualTo(starts);
            assertThat(b.webhookSettings().json()).isNull();
            assertThat(b.deliveries().all()).isEmpty();
            assertThat(fleet.replica(0).sessions()).doesNotContain("h4");
        }
    }

    @Test
    void theRecordKeepsTheLastTenThousandAttempts() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), 1)) {
            DeliveryLog log = fleet.session(0, "h5").deliveries();
            ExecutorService workers = Executors.newFixedThreadPool(16); // as a replica's workers record them
            for (int i = 1; i <= DeliveryLog.CAPACITY + 3; i++) {
                String id = "d" + i;
                workers.execute(() -> log.add(attempt(id, 1)));
            }
            workers.shutdown();
            assertThat(workers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            List<WebhookDelivery> kept = log.all();
            assertThat(kept).hasSize(DeliveryLog.CAPACITY);
            assertThat(kept.get(0).seq()).isEqualTo(4);
            assertThat(kept.get(kept.size() - 1).seq()).isEqualTo(DeliveryLog.CAPACITY + 3);
        }
    }
}
