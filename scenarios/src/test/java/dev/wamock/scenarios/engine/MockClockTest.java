package dev.wamock.scenarios.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.wamock.scenarios.WamockClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The clock windows and rate limits run on: real by default, manual and advanced in tests. Real time
 * here is a counter the test moves ({@code realTime}), so no test sleeps.
 */
class MockClockTest {
    private static final long MS = 1_000_000L;

    private final AtomicLong realTime = new AtomicLong(5_000 * MS);

    private MockClock clock() {
        return new MockClock(realTime::get);
    }

    private void realTimePasses(long millis) {
        realTime.addAndGet(millis * MS);
    }

    @Test
    void aNewClockRunsInRealTime() {
        MockClock clock = clock();
        long before = clock.nanos();

        realTimePasses(20);

        assertThat(clock.isManual()).isFalse();
        assertThat(clock.nanos() - before).isEqualTo(20 * MS);
        assertThat(clock.state().mode()).isEqualTo("real");
    }

    @Test
    void aNewClockStartsAtZero() {
        assertThat(clock().nanos()).isZero();
    }

    @Test
    void theDefaultClockReadsTheJvmsNanoTime() {
        long before = System.nanoTime();
        MockClock clock = new MockClock();
        long first = clock.nanos();
        long second = clock.nanos();
        long elapsed = System.nanoTime() - before;

        assertThat(first).isBetween(0L, elapsed);
        assertThat(second).isBetween(first, elapsed);
    }

    @Test
    void theDateAClockStandsAtIsItsStartPlusItsReadingSoAnAdvanceMovesIt() {
        Instant before = Instant.now();
        MockClock clock = clock();
        Instant after = Instant.now();

        clock.advance(Duration.ofDays(400));

        assertThat(clock.startedAt()).isBetween(before, after);
        assertThat(clock.startedAt().plusNanos(clock.nanos())).isEqualTo(clock.startedAt().plus(Duration.ofDays(400)));
    }

    @Test
    void aClockNeedsANanoSource() {
        assertThatNullPointerException().isThrownBy(() -> new MockClock(null)).withMessage("nanoSource");
    }

    @Test
    void aManualClockStandsStillUntilAdvanced() {
        MockClock clock = clock().manual();
        long frozen = clock.nanos();

        realTimePasses(20);
        assertThat(clock.nanos()).isEqualTo(frozen);

        clock.advance(Duration.ofMinutes(20));
        assertThat(clock.nanos()).isEqualTo(frozen + Duration.ofMinutes(20).toNanos());
        assertThat(clock.state()).isEqualTo(new ClockState("manual", clock.nanos() / MS, 1.0));
    }

    @Test
    void switchingToManualTwiceKeepsTheFirstFrozenTime() {
        MockClock clock = clock().manual();
        long frozen = clock.nanos();

        realTimePasses(10);
        clock.manual();

        assertThat(clock.nanos()).isEqualTo(frozen);
    }

    @Test
    void backToRealTimeTheClockRunsOnFromWhereTheManualClockStood() {
        MockClock clock = clock().manual();
        long frozen = clock.advance(Duration.ofHours(1)).nanos();

        realTimePasses(300);
        clock.real();
        long resumed = clock.nanos();
        realTimePasses(20);

        assertThat(clock.isManual()).isFalse();
        assertThat(resumed).as("no jump back to real time, no jump over the 300 ms spent manual").isEqualTo(frozen);
        assertThat(clock.nanos()).isEqualTo(resumed + 20 * MS);
    }

    @Test
    void aRealClockCanBeAdvancedToo() {
        MockClock clock = clock();
        long before = clock.nanos();

        clock.advance(Duration.ofHours(2));
        realTimePasses(5);

        assertThat(clock.nanos() - before).isEqualTo(Duration.ofHours(2).toNanos() + 5 * MS);
    }

    @Test
    void theClockOnlyMovesForward() {
        MockClock clock = clock().manual();

        assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .withMessageContaining("only moves forward");
    }

    @Test
    void anAdvancePastTheClocksRangeIsRefusedAndLeavesTheClockWhereItWas() {
        MockClock clock = clock().manual().advance(Duration.ofDays(365 * 200));
        long before = clock.nanos();

        assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofDays(365 * 100)))
                .withMessageContaining("past its range");
        assertThat(clock.nanos()).isEqualTo(before);
    }

    @Test
    void delaysAreScaledByTheDelayScale() {
        MockClock clock = clock();
        assertThat(clock.delayScale()).isEqualTo(1.0);
        assertThat(clock.scaled(Duration.ofMillis(300))).isEqualTo(Duration.ofMillis(300));

        clock.scaleDelays(0.1);
        assertThat(clock.scaled(Duration.ofMillis(300))).isEqualTo(Duration.ofMillis(30));

        clock.scaleDelays(0);
        assertThat(clock.scaled(Duration.ofSeconds(30))).isZero();
        assertThat(clock.state().delayScale()).isZero();
    }

    @Test
    void aNegativeOrNanDelayScaleIsRefused() {
        MockClock clock = clock();

        assertThatIllegalArgumentException().isThrownBy(() -> clock.scaleDelays(-0.5))
                .withMessageContaining("delay scale must be >= 0");
        assertThatIllegalArgumentException().isThrownBy(() -> clock.scaleDelays(Double.NaN))
                .withMessageContaining("delay scale must be >= 0");
        assertThat(clock.delayScale()).isEqualTo(1.0);
    }

    @Test
    void theDelayScaleDoesNotChangeTheTimeWindowsRunOn() {
        MockClock clock = clock().manual();
        long frozen = clock.nanos();

        clock.scaleDelays(0);

        assertThat(clock.nanos()).isEqualTo(frozen);
    }

    @Test
    void theClockIsTheInterfaceTestsDrive() {
        WamockClock clock = clock();

        WamockClock same = clock.manual().advance(Duration.ofSeconds(1)).scaleDelays(0.5).real();

        assertThat(same).isSameAs(clock);
    }
}
