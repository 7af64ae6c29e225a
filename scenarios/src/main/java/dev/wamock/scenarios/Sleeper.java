package dev.wamock.scenarios;

import java.time.Duration;

/**
 * How a client waits between attempts, as a seam a test can replace: production code passes
 * {@link #real()}, a test passes {@code wamock.clock().sleeper()}, which advances wamock's manual clock
 * instead of sleeping (see {@link WamockClock#sleeper()}). A client written against this interface
 * waits zero real time in a test and its waits are still on the journal ({@code clockNanos}).
 */
@FunctionalInterface
public interface Sleeper {
    /** Waits {@code duration}; zero or negative returns at once. */
    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep}: really waits. */
    static Sleeper real() {
        return duration -> {
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            long nanos = duration.toNanos();
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        };
    }
}
