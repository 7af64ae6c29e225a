package dev.wamock.testcontainers.internal;

import dev.wamock.scenarios.Sleeper;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.internal.ScenarioJavaClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A server's clock over its admin API: each call is one {@code POST /__wamock/clock}, so the server's
 * clock has changed when the call returns; readings are one {@code GET /__wamock/clock} (millisecond
 * precision). A refused value (a negative advance or scale) fails with {@link IllegalArgumentException},
 * as {@code MockClock} does. Internal: not part of wamock's API.
 */
final class AdminClock implements WamockClock {
    private final AdminClient admin;

    AdminClock(AdminClient admin) {
        this.admin = admin;
    }

    @Override
    public WamockClock manual() {
        admin.clock(Map.of("mode", "manual"));
        return this;
    }

    @Override
    public WamockClock real() {
        admin.clock(Map.of("mode", "real"));
        return this;
    }

    @Override
    public WamockClock advance(Duration by) {
        Objects.requireNonNull(by, "by");
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward; got " + by);
        }
        // exact to the nanosecond, in the admin API's duration syntax: 1500ms, 0.000001ms
        String millis = BigDecimal.valueOf(by.toNanos()).movePointLeft(6).stripTrailingZeros().toPlainString();
        admin.clock(Map.of("advance", millis + "ms"));
        return this;
    }

    @Override
    public WamockClock scaleDelays(double scale) {
        admin.clock(Map.of("delayScale", scale));
        return this;
    }

    /** Each sleep asks the server's mode: manual, it advances the clock (one more call); real, it sleeps. */
    @Override
    public Sleeper sleeper() {
        return duration -> {
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            if ("manual".equals(admin.clockState().path("mode").asString())) {
                advance(duration);
            } else {
                Sleeper.real().sleep(duration);
            }
        };
    }

    /** Each reading is one {@code GET /__wamock/clock}. */
    @Override
    public Clock asJavaClock() {
        return ScenarioJavaClock.startingNow(() -> admin.clockState().path("nowMillis").asLong() * 1_000_000);
    }
}
