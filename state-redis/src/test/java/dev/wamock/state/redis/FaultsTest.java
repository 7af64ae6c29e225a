package dev.wamock.state.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.engine.state.JournalStore;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import dev.wamock.state.redis.testing.RedisProcess;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redis stopping and coming back, replicas leaving and joining: never a wrong answer, service back without restarts. */
class FaultsTest {
    private static final Scenario FIVE = Scenario.of("fail-five", Step.error("server-error").times(5), Step.passThrough());
    private RedisProcess redis;

    @BeforeEach
    void startRedis() throws Exception {
        redis = RedisProcess.start();
    }

    @AfterEach
    void stopRedis() throws Exception {
        redis.close();
    }

    @Test
    void withRedisStoppedADecisionFailsFastAsUnavailableAndWorksAgainWhenRedisIsBack() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), 3)) {
            fleet.session(0, "").use(Fleet.TWICE);
            assertThat(Fleet.failed(fleet.session(1, "").decide(null, Fleet.REQUEST))).isTrue();
            redis.stop();

            for (int r = 0; r < 3; r++) {
                int replica = r;
                StateUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> catchUnavailable(
                        () -> fleet.session(replica, "").decide(null, Fleet.REQUEST)));
                assertThat(e.reason()).isEqualTo("unavailable");
                assertThat(e.getMessage()).contains("redis://127.0.0.1:" + redis.port()).contains("unreachable")
                        .contains("503");
            }
            JournalStore journal = fleet.session(2, "").journal();
            journal.record(journal.arrive(), FleetJournalTest.entry("/while-redis-was-away"));

            redis.restart();
            awaitDecisions(fleet);
            for (int r = 0; r < 3; r++) {
                assertThat(fleet.session(r, "").progress()).as("replica %d after Redis lost everything", r).isNull();
            }
            fleet.session(1, "").use(Fleet.TWICE);
            StringBuilder story = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                story.append(Fleet.failed(fleet.session(i, "").decide(null, Fleet.REQUEST)) ? 'F' : '.');
            }
            assertThat(story).hasToString("FF....");
            assertThat(FleetJournalTest.await(fleet.session(0, "").journal(), 1).entries())
                    .extracting(e -> e.path()).contains("/while-redis-was-away");
        }
    }

    @Test
    void aHungRedisFailsADecisionAsUnavailableAfterItsTimeoutAndTheReplicasAgreeOnceItRunsAgain() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), 2)) {
            fleet.session(0, "").use(FIVE);
            redis.pause();
            try {
                StateUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> catchUnavailable(
                        () -> fleet.session(1, "").decide(null, Fleet.REQUEST)));
                assertThat(e.reason()).isEqualTo("unavailable");
                assertThat(e.getMessage()).contains("timed out");
            } finally {
                redis.resume();
            }
            awaitDecisions(fleet);
            // the change that timed out may have landed when Redis woke: counted alike on every replica, never twice
            assertThat(fleet.session(0, "").progress()).isEqualTo(fleet.session(1, "").progress());
            int failures = 0;
            for (int i = 0; i < 8; i++) {
                failures += Fleet.failed(fleet.session(i, "").decide(null, Fleet.REQUEST)) ? 1 : 0;
            }
            long answered = fleet.session(1, "").progress().steps().get(0).answered();
            assertThat(answered).isEqualTo(5);
            assertThat(failures).isBetween(4, 5);
            assertThat(fleet.session(0, "").progress()).isEqualTo(fleet.session(1, "").progress());
        }
    }

    @Test
    void journalEntriesWaitForRedisUpToTheQueueAndEveryOtherIsCountedAsLost() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), Fleet.config(null, 20_000), 1)) {
            JournalStore journal = fleet.session(0, "").journal();
            redis.stop();
            int sent = 10_050;
            for (int i = 0; i < sent; i++) {
                journal.record(journal.arrive(), FleetJournalTest.entry("/" + i));
            }
            String describe = fleet.replica(0).describe();
            assertThat(describe).startsWith("redis://127.0.0.1:" + redis.port() + "/0 (").endsWith(" journal entries lost"
                    + " while Redis could not take them)");
            long lost = Long.parseLong(describe.replaceAll(".*\\((\\d+) journal.*", "$1"));
            assertThat(lost).isPositive();

            redis.restart();
            awaitDecisions(fleet);
            long landed = 0;
            for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); landed < sent - lost
                    && System.nanoTime() < deadline; Thread.sleep(50)) {
                try {
                    landed = journal.view().total();
                } catch (StateUnavailableException stillReplaying) {
                    // the queue is full until the waiting entries went out: a read waits behind them
                }
            }
            assertThat(landed + lost).as("every entry landed or counted lost, none twice").isEqualTo(sent);
        }
    }

    @Test
    void aPasswordInTheUriIsUsedAndAWrongOneFailsWithoutShowingThePassword() throws Exception {
        try (RedisProcess locked = RedisProcess.start("--requirepass", "fake-secret")) {
            String wrong = "redis://:fake-wrong@127.0.0.1:" + locked.port();
            assertThatThrownBy(() -> new RedisStateStoreFactory().open(URI.create(wrong), Fleet.config(null, 10)))
                    .isInstanceOf(StateUnavailableException.class) // Lettuce names WRONGPASS, or sees the close first
                    .hasMessageContaining("redis://127.0.0.1:" + locked.port()).hasMessageNotContaining("fake-wrong");
            try (Fleet fleet = new Fleet("redis://:fake-secret@127.0.0.1:" + locked.port() + "/2", 1)) {
                fleet.session(0, "").use(Fleet.TWICE);
                assertThat(Fleet.failed(fleet.session(0, "").decide(null, Fleet.REQUEST))).isTrue();
                assertThat(fleet.replica(0).describe()).isEqualTo("redis://127.0.0.1:" + locked.port() + "/2");
            }
        }
    }

    @Test
    void aStoreOpenedWhileRedisIsDownFailsAsUnavailable() {
        redis.stop();
        assertThatThrownBy(() -> new RedisStateStoreFactory().open(URI.create(redis.uri()), Fleet.config(null, 10)))
                .isInstanceOf(StateUnavailableException.class).hasMessageContaining("unreachable");
    }

    @Test
    void whenOneReplicaStopsTheOthersCarryOnWithTheSameCounts() {
        try (Fleet fleet = new Fleet(redis.uri(), 3)) {
            fleet.session(0, "").use(FIVE);
            int failures = 0;
            for (int i = 0; i < 3; i++) {
                failures += Fleet.failed(fleet.session(i, "").decide(null, Fleet.REQUEST)) ? 1 : 0;
            }
            fleet.replica(2).close();
            for (int i = 0; i < 6; i++) {
                failures += Fleet.failed(fleet.session(i % 2, "").decide(null, Fleet.REQUEST)) ? 1 : 0;
            }
            assertThat(failures).isEqualTo(5);
            assertThat(fleet.session(0, "").progress()).isEqualTo(fleet.session(1, "").progress());
            assertThat(fleet.session(1, "").progress().steps()).extracting(ScenarioProgress.StepProgress::answered)
                    .containsExactly(5L, 4L);
        }
    }

    @Test
    void aReplicaThatJoinsLateReplaysTheLogAndAgrees() {
        try (Fleet fleet = new Fleet(redis.uri(), 2)) {
            fleet.session(0, "late").use(FIVE);
            fleet.session(1, "late").clock().manual().advance(Duration.ofMinutes(3));
            for (int i = 0; i < 4; i++) {
                fleet.session(i, "late").decide(null, Fleet.REQUEST);
            }
            StateStore late = fleet.join();
            assertThat(late.session("late").progress()).isEqualTo(fleet.session(0, "late").progress());
            assertThat(late.session("late").clock().state()).isEqualTo(fleet.session(1, "late").clock().state());
            assertThat(Fleet.failed(late.session("late").decide(null, Fleet.REQUEST))).as("5th call").isTrue();
            assertThat(Fleet.failed(fleet.session(0, "late").decide(null, Fleet.REQUEST))).as("6th call").isFalse();
        }
    }

    private static StateUnavailableException catchUnavailable(Runnable call) {
        try {
            call.run();
        } catch (StateUnavailableException e) {
            return e;
        }
        throw new AssertionError("expected the decision to fail as unavailable");
    }

    /** Waits (20 s at most) until every replica decides again: they reconnect by themselves. */
    private static void awaitDecisions(Fleet fleet) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (int r = 0; r < fleet.size(); r++) {
            while (true) {
                try {
                    fleet.session(r, "").progress();
                    break;
                } catch (StateUnavailableException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(50);
                }
            }
        }
    }
}
