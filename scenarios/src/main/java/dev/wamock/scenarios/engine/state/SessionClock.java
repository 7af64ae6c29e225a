package dev.wamock.scenarios.engine.state;

import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.engine.ClockState;
import java.time.Duration;
import java.time.Instant;

/** A session's scenario clock as the server reads it: a {@link WamockClock} a test drives, plus its readings. */
public interface SessionClock extends WamockClock {
    /** Nanoseconds on the scenario clock: real time since the session began, plus every advance. */
    long nanos();

    /**
     * The wall-clock time at which this clock read zero, so that {@code startedAt().plusNanos(nanos())} is the date
     * the clock stands at: now on a clock that runs in real time and was never advanced, moved by every advance,
     * standing still while manual. graph-observed reads its version calendar on that date. The default knows no
     * start, so it is now minus {@link #nanos()}: the date is then always now and an advance does not move it.
     */
    default Instant startedAt() {
        return Instant.now().minusNanos(nanos());
    }

    /** Whether the clock is manual (moved only by {@code advance}) rather than following real time. */
    boolean isManual();

    /** The factor scripted delays, slow bodies and stalls are multiplied by (1 unless scaled). */
    double delayScale();

    /** {@code d} scaled by {@link #delayScale()}. */
    default Duration scaled(Duration d) {
        return Duration.ofNanos((long) (d.toNanos() * delayScale()));
    }

    /** What the admin API shows: mode, reading and delay scale. */
    ClockState state();
}
