package dev.wamock.scenarios.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What a client under test gets from the scenario clock: a {@link Sleeper} and a {@link Clock}. */
class ClockAdaptersTest {
    private static final long MS = 1_000_000L;

    @Test
    void theManualClocksSleeperAdvancesItInsteadOfSleeping() throws InterruptedException {
        MockClock clock = new MockClock().manual();
        long before = clock.nanos();

        clock.sleeper().sleep(Duration.ofHours(2));

        assertThat(clock.nanos() - before).isEqualTo(Duration.ofHours(2).toNanos());
        assertThat(clock.isManual()).isTrue();
    }

    @Test
    void onARealClockTheSleeperReallySleeps() throws InterruptedException {
        MockClock clock = new MockClock();
        long before = clock.nanos();

        clock.sleeper().sleep(Duration.ofMillis(20));

        assertThat(clock.nanos() - before).isGreaterThanOrEqualTo(20 * MS);
        assertThat(clock.isManual()).isFalse();
    }

    @Test
    void sleepingNothingOrLessReturnsAtOnceAndMovesNothing() throws InterruptedException {
        MockClock clock = new MockClock().manual();
        long before = clock.nanos();

        clock.sleeper().sleep(Duration.ZERO);
        clock.sleeper().sleep(Duration.ofSeconds(-1));
        Sleeper.real().sleep(Duration.ofSeconds(-1));

        assertThat(clock.nanos()).isEqualTo(before);
    }

    @Test
    void theJavaClockStartsAtWallTimeAndMovesOnlyWithTheScenarioClock() throws InterruptedException {
        MockClock scenario = new MockClock().manual();
        Instant wallBefore = Instant.now();
        Clock clock = scenario.asJavaClock();
        Instant start = clock.instant();

        Thread.sleep(5);
        assertThat(clock.instant()).isEqualTo(start);
        scenario.advance(Duration.ofDays(1));

        assertThat(start).isBetween(wallBefore, Instant.now());
        assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofDays(1));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.withZone(ZoneOffset.ofHours(2)).instant()).isEqualTo(clock.instant());
    }
}
