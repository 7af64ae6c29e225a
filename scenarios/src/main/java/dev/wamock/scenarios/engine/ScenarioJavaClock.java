package dev.wamock.scenarios.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A {@link Clock} that moves as a scenario clock does: {@code instant()} is {@code base} plus the
 * scenario clock's nanoseconds. Internal: made by {@code WamockClock.asJavaClock()}.
 */
public final class ScenarioJavaClock extends Clock {
    private final LongSupplier nanos;
    private final Instant base;
    private final ZoneId zone;

    private ScenarioJavaClock(LongSupplier nanos, Instant base, ZoneId zone) {
        this.nanos = nanos;
        this.base = base;
        this.zone = zone;
    }

    /** A UTC clock over {@code nanos} that reads the wall-clock time now and moves with {@code nanos} after. */
    public static Clock startingNow(LongSupplier nanos) {
        Objects.requireNonNull(nanos, "nanos");
        return new ScenarioJavaClock(nanos, Instant.now().minusNanos(nanos.getAsLong()), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return newZone.equals(zone) ? this : new ScenarioJavaClock(nanos, base, newZone);
    }

    @Override
    public Instant instant() {
        return base.plusNanos(nanos.getAsLong());
    }

    @Override
    public String toString() {
        return "ScenarioJavaClock[" + instant() + ", " + zone + "]";
    }
}
