package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The clock windows and rate limits run on: real by default, manual and advanced in tests. */
class MockClockTest {
    private static final long MS = 1_000_000L;

    @Test
    void aNewClockRunsInRealTime() throws InterruptedException {
        MockClock clock = new MockClock();
        long before = clock.nanos();

        Thread.sleep(20);

        assertThat(clock.isManual()).isFalse();
        assertThat(clock.nanos() - before).isGreaterThanOrEqualTo(20 * MS);
        assertThat(clock.state().mode()).isEqualTo("real");
    }

    @Test
    void aManualClockStandsStillUntilAdvanced() throws InterruptedException {
        MockClock clock = new MockClock().manual();
        long frozen = clock.nanos();

        Thread.sleep(20);
        assertThat(clock.nanos()).isEqualTo(frozen);

        clock.advance(Duration.ofMinutes(20));
        assertThat(clock.nanos()).isEqualTo(frozen + Duration.ofMinutes(20).toNanos());
        assertThat(clock.state()).isEqualTo(new MockClock.State("manual", clock.nanos() / MS, 1.0));
    }

    @Test
    void switchingToManualTwiceKeepsTheFirstFrozenTime() throws InterruptedException {
        MockClock clock = new MockClock().manual();
        long frozen = clock.nanos();

        Thread.sleep(10);
        clock.manual();

        assertThat(clock.nanos()).isEqualTo(frozen);
    }

    @Test
    void backToRealTimeTheClockRunsOnFromWhereTheManualClockStood() throws InterruptedException {
        MockClock clock = new MockClock().manual();
        long frozen = clock.advance(Duration.ofHours(1)).nanos();

        Thread.sleep(300);
        clock.real();
        long resumed = clock.nanos();
        Thread.sleep(20);

        assertThat(clock.isManual()).isFalse();
        assertThat(resumed).as("no jump back to wall time, no jump over the 300 ms spent manual")
                .isBetween(frozen, frozen + 200 * MS);
        assertThat(clock.nanos()).isGreaterThanOrEqualTo(resumed + 20 * MS);
    }

    @Test
    void aRealClockCanBeAdvancedToo() {
        MockClock clock = new MockClock();
        long before = clock.nanos();

        clock.advance(Duration.ofHours(2));

        assertThat(clock.nanos() - before).isGreaterThanOrEqualTo(Duration.ofHours(2).toNanos());
    }

    @Test
    void theClockOnlyMovesForward() {
        MockClock clock = new MockClock().manual();

        assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .withMessageContaining("only moves forward");
    }

    @Test
    void delaysAreScaledByTheDelayScale() {
        MockClock clock = new MockClock();
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
        MockClock clock = new MockClock();

        assertThatIllegalArgumentException().isThrownBy(() -> clock.scaleDelays(-0.5))
                .withMessageContaining("delay scale must be >= 0");
        assertThatIllegalArgumentException().isThrownBy(() -> clock.scaleDelays(Double.NaN))
                .withMessageContaining("delay scale must be >= 0");
        assertThat(clock.delayScale()).isEqualTo(1.0);
    }

    @Test
    void theDelayScaleDoesNotChangeTheTimeWindowsRunOn() {
        MockClock clock = new MockClock().manual();
        long frozen = clock.nanos();

        clock.scaleDelays(0);

        assertThat(clock.nanos()).isEqualTo(frozen);
    }

    @Test
    void theClockIsTheInterfaceTestsDrive() {
        WamockClock clock = new MockClock();

        WamockClock same = clock.manual().advance(Duration.ofSeconds(1)).scaleDelays(0.5).real();

        assertThat(same).isSameAs(clock);
    }
}
