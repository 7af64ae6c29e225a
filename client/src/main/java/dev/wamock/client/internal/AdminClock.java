package dev.wamock.client.internal;

import dev.wamock.scenarios.Sleeper;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.ScenarioJavaClock;
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
public final class AdminClock implements WamockClock {
    private final AdminHttp admin;

    /** The clock of the server {@code admin} calls. */
    public AdminClock(AdminHttp admin) {
        this.admin = admin;
    }

    @Override
    public WamockClock manual() {
        return post(Map.of("mode", "manual"));
    }

    @Override
    public WamockClock real() {
        return post(Map.of("mode", "real"));
    }

    @Override
    public WamockClock advance(Duration by) {
        Objects.requireNonNull(by, "by");
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward; got " + by);
        }
        // exact to the nanosecond, in the admin API's duration syntax: 1500ms, 0.000001ms
        String millis = BigDecimal.valueOf(by.toNanos()).movePointLeft(6).stripTrailingZeros().toPlainString();
        return post(Map.of("advance", millis + "ms"));
    }

    @Override
    public WamockClock scaleDelays(double scale) {
        return post(Map.of("delayScale", scale));
    }

    private WamockClock post(Map<String, Object> fields) {
        admin.send("POST", "/clock", Mappers.JSON.writeValueAsString(fields));
        return this;
    }

    private tools.jackson.databind.JsonNode clockState() {
        return Mappers.JSON.readTree(admin.send("GET", "/clock", null));
    }

    /** Each sleep asks the server's mode: manual, it advances the clock (one more call); real, it sleeps. */
    @Override
    public Sleeper sleeper() {
        return duration -> {
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            if ("manual".equals(clockState().path("mode").asString())) {
                advance(duration);
            } else {
                Sleeper.real().sleep(duration);
            }
        };
    }

    /** Each reading is one {@code GET /__wamock/clock}. */
    @Override
    public Clock asJavaClock() {
        return ScenarioJavaClock.startingNow(() -> clockState().path("nowMillis").asLong() * 1_000_000);
    }
}
