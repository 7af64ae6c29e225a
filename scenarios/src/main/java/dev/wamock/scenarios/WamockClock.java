package dev.wamock.scenarios;

import java.time.Clock;
import java.time.Duration;

/**
 * The clock of a running wamock, as a test drives it: in-process or in a
 * container (over {@code POST /__wamock/clock}). Windows, outages and rate-limit windows run on it.
 */
public interface WamockClock {
    /** Stop real time: from now on time moves only by {@link #advance}. */
    WamockClock manual();

    /** Let real time run again from where the clock stands. */
    WamockClock real();

    /** Move the clock forward. */
    WamockClock advance(Duration by);

    /** Multiply every scripted delay, slow body and stall: 0 disables them. */
    WamockClock scaleDelays(double scale);

    /**
     * A {@link Sleeper} for the client under test: while this clock is {@link #manual()}, each
     * {@code sleep(d)} {@link #advance advances} it by {@code d} and returns at once; while it runs in
     * real time, it really sleeps. Either way the journal's {@code clockNanos} show the waits, and the
     * backoff assertions read them there.
     */
    Sleeper sleeper();

    /**
     * This clock as a {@link java.time.Clock} (UTC) for the client under test: it reads the wall-clock
     * time when this view is made, then moves exactly as this clock does (stands still while manual,
     * jumps on {@link #advance}).
     */
    Clock asJavaClock();
}
