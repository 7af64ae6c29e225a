package dev.wamock.scenarios.engine;

import dev.wamock.scenarios.Sleeper;
import dev.wamock.scenarios.WamockClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The clock that scenario windows, outages and rate-limit windows run on. Real time by default; a
 * test can switch it to manual and {@link #advance} it, so a one-hour window passes without sleeping.
 * Delays still really delay (they are what a client experiences), scaled by {@link #delayScale()}:
 * 1 by default, 0 to disable them in a fast test.
 */
public final class MockClock implements dev.wamock.scenarios.engine.state.SessionClock {
    private final LongSupplier nanoSource;
    private final long origin;
    private final Instant startedAt;
    private long offset;
    private Long frozen;
    private double delayScale = 1.0;

    /** A clock on real time: {@link System#nanoTime()}. */
    public MockClock() {
        this(System::nanoTime);
    }

    /**
     * A clock whose real time is read from {@code nanoSource}, a monotonic nanosecond counter like
     * {@link System#nanoTime()}; a test passes a counter it moves itself, so it never sleeps.
     */
    public MockClock(LongSupplier nanoSource) {
        this.nanoSource = Objects.requireNonNull(nanoSource, "nanoSource");
        this.origin = nanoSource.getAsLong();
        this.startedAt = Instant.now();
    }

    /** The wall-clock time this clock was made at, when it read zero. */
    @Override
    public Instant startedAt() {
        return startedAt;
    }

    /** Nanoseconds since this clock was made, plus every advance. */
    @Override
    public synchronized long nanos() {
        return frozen != null ? frozen : nanoSource.getAsLong() - origin + offset;
    }

    /** Stop real time: from now on, time moves only by {@link #advance}. */
    @Override
    public synchronized MockClock manual() {
        if (frozen == null) {
            frozen = nanos();
        }
        return this;
    }

    /** Let real time run again, from where the manual clock stands. */
    @Override
    public synchronized MockClock real() {
        if (frozen != null) {
            offset = frozen - (nanoSource.getAsLong() - origin);
            frozen = null;
        }
        return this;
    }

    /** Whether the clock is manual (frozen, moved only by {@code advance}) rather than following real time. */
    @Override
    public synchronized boolean isManual() {
        return frozen != null;
    }

    /** Moves the clock forward (manual or real). */
    @Override
    public synchronized MockClock advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward; got " + by);
        }
        try {
            long nanos = by.toNanos();
            Math.addExact(nanos(), nanos);
            if (frozen != null) {
                frozen += nanos;
            } else {
                offset += nanos;
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("advancing by " + by + " would take the clock past its range (about 292 years)");
        }
        return this;
    }

    /**
     * The factor every scripted delay, slow body and stall is multiplied by; 1 unless {@code scaleDelays} set another.
     */
    @Override
    public synchronized double delayScale() {
        return delayScale;
    }

    /** Multiplies every scripted delay, slow body and stall: 0 disables them, 0.1 makes them 10× shorter. */
    @Override
    public synchronized MockClock scaleDelays(double scale) {
        if (scale < 0 || Double.isNaN(scale)) {
            throw new IllegalArgumentException("delay scale must be >= 0 but was " + scale);
        }
        this.delayScale = scale;
        return this;
    }

    /** What the admin API shows: {@code {"mode":"manual","nowMillis":…,"delayScale":1.0}}. */
    @Override
    public synchronized ClockState state() {
        return new ClockState(isManual() ? "manual" : "real", nanos() / 1_000_000, delayScale);
    }

    /** Advances this clock while it is manual, else really sleeps; see {@link WamockClock#sleeper()}. */
    @Override
    public Sleeper sleeper() {
        return duration -> {
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            synchronized (this) {
                if (isManual()) {
                    advance(duration);
                    return;
                }
            }
            Sleeper.real().sleep(duration);
        };
    }

    /** This clock as a {@link java.time.Clock}; see {@link WamockClock#asJavaClock()}. */
    @Override
    public java.time.Clock asJavaClock() {
        return ScenarioJavaClock.startingNow(this::nanos);
    }
}
