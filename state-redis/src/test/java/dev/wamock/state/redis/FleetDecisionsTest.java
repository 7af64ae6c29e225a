package dev.wamock.state.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.Scope;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.state.redis.testing.RedisProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Three replicas on one Redis decide as one server would: counts, rate-limit windows, clock and scenario switches. */
class FleetDecisionsTest {
    private static RedisProcess redis;
    private Fleet fleet;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisProcess.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @BeforeEach
    void threeReplicas() {
        fleet = new Fleet(redis.uri(), 3);
        fleet.replica(0).drop("");
    }

    @AfterEach
    void closeReplicas() {
        fleet.close();
    }

    @Test
    void failTwiceThenOkFailsExactlyTwiceAcrossThreeReplicasRoundRobin() {
        fleet.session(0, "").use(Fleet.TWICE);
        List<Boolean> failures = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            failures.add(Fleet.failed(fleet.session(i, "").decide(null, Fleet.REQUEST)));
        }
        assertThat(failures).containsExactly(true, true, false, false, false, false, false, false, false, false, false, false);
    }

    @Test
    void theBuiltInTransientThenOkFailsExactlyTwiceWhenManyThreadsCallEveryReplica() throws Exception {
        fleet.session(0, "").use("transient-then-ok");
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                SessionState replica = fleet.session(i, "");
                calls.add(pool.submit(() -> {
                    if (Fleet.failed(replica.decide(null, Fleet.REQUEST))) {
                        failures.incrementAndGet();
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(failures).hasValue(2);
        assertThat(fleet.session(0, "").progress()).isEqualTo(fleet.session(1, "").progress())
                .isEqualTo(fleet.session(2, "").progress());
    }

    @Test
    void underDecisionsResetsScenarioSwitchesAndClockMovesFromManyThreadsEveryReplicaEndsInTheSameState() throws Exception {
        fleet.session(0, "").use(Fleet.TWICE);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                SessionState replica = fleet.session(i, "");
                int n = i;
                calls.add(pool.submit(() -> {
                    switch (n % 50) {
                        case 7 -> replica.reset();
                        case 19 -> replica.use(Scenario.of("five-an-hour",
                                Step.rateLimit(new Answer.RateLimit(5, null, Duration.ofHours(1), true))));
                        case 23 -> replica.clock().advance(Duration.ofMinutes(20));
                        case 31 -> replica.use("fail-twice");
                        case 41 -> replica.clock().manual();
                        default -> replica.decide(null, Fleet.REQUEST);
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        fleet.session(1, "").clock().manual();
        for (int r = 1; r < 3; r++) {
            assertThat(fleet.session(r, "").progress()).isEqualTo(fleet.session(0, "").progress());
            assertThat(fleet.session(r, "").clock().state()).isEqualTo(fleet.session(0, "").clock().state());
        }
    }

    @Test
    void aRateLimitOfFiveCallsAnswers429OnExactlyTheSixthWhicheverReplicaDecides() {
        fleet.session(0, "").clock().manual();
        fleet.session(1, "").use(Scenario.of("five-an-hour",
                Step.rateLimit(new Answer.RateLimit(5, null, Duration.ofHours(1), true))));
        List<Boolean> limited = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Decision d = fleet.session(i, "").decide(null, Fleet.REQUEST);
            limited.add(d.answer() instanceof Answer.Error e && e.status() == 429);
        }
        assertThat(limited).containsExactly(false, false, false, false, false, true, true);

        fleet.session(0, "").clock().advance(Duration.ofHours(1));
        assertThat(Fleet.failed(fleet.session(1, "").decide(null, Fleet.REQUEST))).as("B after A's advance").isFalse();
        assertThat(Fleet.failed(fleet.session(2, "").decide(null, Fleet.REQUEST))).as("C after A's advance").isFalse();
    }

    @Test
    void aClockSetToManualThroughOneReplicaIsManualOnTheOthers() {
        assertThat(fleet.session(1, "").clock().state().mode()).isEqualTo("real");
        fleet.session(0, "").clock().manual().advance(Duration.ofMinutes(5));
        fleet.session(0, "").clock().scaleDelays(0);

        for (int i = 1; i < 3; i++) {
            assertThat(fleet.session(i, "").clock().state()).isEqualTo(fleet.session(0, "").clock().state());
            assertThat(fleet.session(i, "").clock().isManual()).isTrue();
            assertThat(fleet.session(i, "").clock().delayScale()).isZero();
        }
        assertThat(fleet.session(2, "").clock().state().nowMillis()).isGreaterThanOrEqualTo(5 * 60_000);
    }

    @Test
    void useDeactivateAndResetThroughOneReplicaAreSeenByTheOthers() {
        fleet.session(0, "").use(Fleet.TWICE);
        fleet.session(1, "").decide(null, Fleet.REQUEST);
        fleet.session(2, "").decide(null, Fleet.REQUEST);
        fleet.session(1, "").decide(null, Fleet.REQUEST);
        ScenarioProgress progress = fleet.session(0, "").progress();
        assertThat(progress.name()).isEqualTo("fail-twice");
        assertThat(progress.steps()).extracting(ScenarioProgress.StepProgress::answered).containsExactly(2L, 1L);
        assertThat(fleet.session(1, "").progress()).isEqualTo(progress);
        assertThat(fleet.session(2, "").progress()).isEqualTo(progress);

        fleet.session(1, "").deactivate();
        assertThat(fleet.session(2, "").progress()).isNull();
        assertThat(fleet.session(0, "").decide(null, Fleet.REQUEST)).isNull();

        fleet.session(2, "").use("fail-twice");
        fleet.session(0, "").decide(null, Fleet.REQUEST);
        fleet.session(0, "").reset();
        assertThat(fleet.session(1, "").progress()).isNull();
        assertThat(fleet.session(2, "").clock().state().mode()).isEqualTo("real");
    }

    @Test
    void aResetStartsTheStartScenarioOverOnEveryReplica() {
        try (Fleet started = new Fleet(redis.uri(), Fleet.config("fail-twice", 100), 2)) {
            started.session(0, "reset-story").decide(null, Fleet.REQUEST);
            started.session(1, "reset-story").decide(null, Fleet.REQUEST);
            assertThat(Fleet.failed(started.session(0, "reset-story").decide(null, Fleet.REQUEST))).isFalse();

            started.session(1, "reset-story").reset();
            assertThat(started.session(0, "reset-story").progress().steps())
                    .extracting(ScenarioProgress.StepProgress::answered).containsExactly(0L, 0L);
            assertThat(Fleet.failed(started.session(0, "reset-story").decide(null, Fleet.REQUEST))).isTrue();
            assertThat(Fleet.failed(started.session(1, "reset-story").decide(null, Fleet.REQUEST))).isTrue();
            assertThat(Fleet.failed(started.session(0, "reset-story").decide(null, Fleet.REQUEST))).isFalse();
        }
    }

    @Test
    void aPerTokenCountIsExactAcrossReplicasWithoutTheTokenReachingRedis() throws Exception {
        fleet.session(0, "").use(Scenario.of("once-per-token", Step.error("server-error").times(1).scope(Scope.TOKEN),
                Step.passThrough()));
        List<Boolean> failures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            RequestFacts facts = new RequestFacts("1065000000000001", "v23.0", null, "fake-token-" + (i % 2));
            failures.add(Fleet.failed(fleet.session(i, "").decide(null, facts)));
        }
        assertThat(failures).containsExactly(true, true, false, false, false, false);
        try (RedisKeys keys = new RedisKeys(redis.uri())) {
            assertThat(keys.dump("wamock:{*}:log")).contains("tk").doesNotContain("fake-token");
        }
    }

    @Test
    void anUnknownHeaderScenarioFailsOnTheCallingReplicaWithoutAChange() {
        fleet.session(0, "").use(Fleet.TWICE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fleet.session(1, "").decide("no-such", Fleet.REQUEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown scenario 'no-such'");
        assertThat(Fleet.failed(fleet.session(2, "").decide(null, Fleet.REQUEST))).isTrue();
        assertThat(fleet.session(0, "").progress().steps().get(0).answered()).isEqualTo(1);
    }

    @Test
    void aChangeThatFailsFailsOnTheCallingReplicaWithTheRuleAndChangesNothing() {
        fleet.session(0, "").clock().manual();
        fleet.session(0, "").clock().advance(Duration.ofDays(365 * 200));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fleet.session(1, "").clock().advance(Duration.ofDays(365 * 200)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past its range");
        assertThat(fleet.session(2, "").clock().state()).isEqualTo(fleet.session(0, "").clock().state());
    }

    @Test
    void twoNumbersOfOneBusinessAccountShareItsQuotaWhicheverReplicaDecides() {
        fleet.session(0, "").use(dev.wamock.scenarios.Scenario.of("business-2", dev.wamock.scenarios.Step.rateLimit(
                dev.wamock.scenarios.Answer.RateLimit.calls(100).per(java.time.Duration.ofHours(1)).businessCalls(2))));
        List<String> usage = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String number = i % 2 == 0 ? "106540352242922" : "113269274970227";
            dev.wamock.scenarios.engine.Decision d = fleet.session(i, "").decide(null,
                    new dev.wamock.scenarios.engine.RequestFacts(number, "v23.0", null, "fake-token", "104996122399160"));
            usage.add(d.headers().get("x-business-use-case-usage").replaceAll(",\"total_.*", "")
                    + (Fleet.failed(d) ? " failed" : ""));
        }
        assertThat(usage).containsExactly(
                "{\"104996122399160\":[{\"type\":\"whatsapp_business_management\",\"call_count\":50",
                "{\"104996122399160\":[{\"type\":\"whatsapp_business_management\",\"call_count\":100",
                "{\"104996122399160\":[{\"type\":\"whatsapp_business_management\",\"call_count\":150 failed");
    }
}
