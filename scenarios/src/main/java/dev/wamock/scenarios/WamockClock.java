package dev.wamock.scenarios;

import java.time.Duration;

/**
 * The clock of a running wamock, as a test drives it: in-process ({@link MockClock}) or in a
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
}
