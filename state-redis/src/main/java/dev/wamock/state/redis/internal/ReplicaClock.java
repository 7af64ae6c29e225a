package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.Sleeper;
import dev.wamock.scenarios.engine.ClockState;
import dev.wamock.scenarios.engine.ScenarioJavaClock;
import dev.wamock.scenarios.engine.state.SessionClock;
import java.time.Clock;
import java.time.Duration;

/**
 * A session's clock on Redis: each move is a change of the session's log, so every replica's clock moves alike;
 * {@link #state()} catches up with the log first. {@link #nanos()}, {@link #isManual()} and {@link #delayScale()} are
 * read on every request, so they answer from this replica's replay without a round trip (as of the last change it
 * applied, which a decision brings up to date).
 */
final class ReplicaClock implements SessionClock {
    private final SessionLog log;
    private final Replica replica;

    ReplicaClock(SessionLog log, Replica replica) {
        this.log = log;
        this.replica = replica;
    }

    @Override
    public long nanos() {
        return replica.clock().nanos();
    }

    /** The replica's own start: replicas started apart differ by that much in the date graph-observed reads. */
    @Override
    public java.time.Instant startedAt() {
        return replica.clock().startedAt();
    }

    @Override
    public boolean isManual() {
        return replica.clock().isManual();
    }

    @Override
    public double delayScale() {
        return replica.clock().delayScale();
    }

    @Override
    public ClockState state() {
        log.catchUp();
        return replica.clock().state();
    }

    @Override
    public ReplicaClock manual() {
        log.change(Changes.CLOCK, Changes.clock(Changes.MANUAL, null));
        return this;
    }

    @Override
    public ReplicaClock real() {
        log.change(Changes.CLOCK, Changes.clock(Changes.REAL, null));
        return this;
    }

    /** Moves every replica's clock forward by {@code by}; a negative one fails here, one past the range on apply. */
    @Override
    public ReplicaClock advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward; got " + by);
        }
        long nanos;
        try {
            nanos = by.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("advancing by " + by + " would take the clock past its range (about 292 years)");
        }
        log.change(Changes.CLOCK, Changes.clock(Changes.ADVANCE, Long.toString(nanos)));
        return this;
    }

    @Override
    public ReplicaClock scaleDelays(double scale) {
        if (scale < 0 || Double.isNaN(scale)) {
            throw new IllegalArgumentException("delay scale must be >= 0 but was " + scale);
        }
        log.change(Changes.CLOCK, Changes.clock(Changes.SCALE, Double.toString(scale)));
        return this;
    }

    /** Advances the session's clock while it is manual (as every replica sees it), else really sleeps. */
    @Override
    public Sleeper sleeper() {
        return duration -> {
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            log.catchUp();
            if (isManual()) {
                advance(duration);
            } else {
                Sleeper.real().sleep(duration);
            }
        };
    }

    @Override
    public Clock asJavaClock() {
        return ScenarioJavaClock.startingNow(this::nanos);
    }
}
