package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.SlowBody;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Http;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The upper bounds of chaos timing: a delay, a slow body or a stall takes not much longer than scripted (and
 * scaled), and closing a server ends a stall at once. Stress only: on a loaded machine any answer can be late.
 * The lower bounds, and every bound that tells a scaled delay from an unscaled one by hours, run in verify
 * ({@link DelayEffectsTest}, {@link ConnectionFaultsTest}).
 */
@Tag("stress")
class DelayTimingTest extends ChaosServerTest {
    @Test
    void aFixedDelayOf200MsIsAnsweredWithinThreeSeconds() {
        server().use(Scenario.of("fixed", Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(200)))));

        assertThat(http().attempt(Http::number).elapsed()).isBetween(Duration.ofMillis(200), Duration.ofSeconds(3));
    }

    @Test
    void tenCallsWithTwoSecondsScriptedAndDelayScaleZeroTakeUnderFiveSeconds() {
        server().use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofSeconds(2)))));
        server().clock().scaleDelays(0);

        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            assertThat(http().attempt(Http::number).status()).isEqualTo(200);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(journal(10).entries()).allSatisfy(e -> assertThat(e.latencyMicros()).isLessThan(1_000_000));
    }

    @Test
    void threeSecondsAtDelayScaleOneTenthTakeUnderTwoAndAHalfSeconds() {
        server().use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofSeconds(3)))));
        server().clock().scaleDelays(0.1);

        assertThat(http().attempt(Http::number).elapsed()).isBetween(Duration.ofMillis(300), Duration.ofMillis(2_500));
    }

    @Test
    void aSlowBodyOf400MsArrivesWithinThreeSeconds() {
        server().use(Scenario.of("slow-body", Step.passThrough().withSlowBody(new SlowBody(5, Duration.ofMillis(400)))));

        assertThat(http().attempt(Http::number).elapsed()).isBetween(Duration.ofMillis(400), Duration.ofSeconds(3));
    }

    @Test
    void aSlowBodyOfOneSecondAtDelayScaleOneHalfTakesUnder900Ms() {
        server().use(Scenario.of("slow-body", Step.passThrough().withSlowBody(new SlowBody(5, Duration.ofSeconds(1)))));
        server().clock().scaleDelays(0.5);

        assertThat(http().attempt(Http::number).elapsed()).isBetween(Duration.ofMillis(500), Duration.ofMillis(900));
    }

    @Test
    void aStallEndsWithinFiveSecondsOfTheClientGivingUpAfter300Ms() {
        server().use(Scenario.of("stall", Step.fault(Fault.STALL)));

        assertThat(http().withTimeout(Duration.ofMillis(300)).attempt(Http::number).elapsed()).isLessThan(Duration.ofSeconds(5));
        assertThat(onlyEntry().latencyMicros()).isLessThan(5_000_000);
    }

    @Test
    void twoStallsCappedAt300MsEachTakeUnderFiveSeconds() {
        server().use(Scenario.of("stall", Step.fault(Fault.STALL)));
        server().clock().scaleDelays(0.01);

        assertThat(http().attempt(Http::number).elapsed())
                .isBetween(Duration.ofMillis(600), Duration.ofSeconds(5));
    }

    @Test
    void closingAServerWithAStalledRequestTakesUnderTwoSeconds() {
        server().use(Scenario.of("stall", Step.fault(Fault.STALL)));
        Thread caller = new Thread(() -> http().withTimeout(Duration.ofSeconds(60)).attempt(Http::number));
        caller.setDaemon(true);
        caller.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server().journal().total() == 0 && System.nanoTime() < deadline) {
            sleep(5);
        }

        long start = System.nanoTime();
        server().close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
