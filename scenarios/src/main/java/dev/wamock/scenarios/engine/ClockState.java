package dev.wamock.scenarios.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A snapshot of a session's scenario clock as the admin API shows it ({@code GET /__wamock/clock}):
 * {@code {"mode":"manual","nowMillis":…,"delayScale":1.0}}.
 *
 * @param mode       {@code manual} or {@code real}
 * @param nowMillis  the clock's reading in milliseconds
 * @param delayScale the factor scripted delays are multiplied by
 */
public record ClockState(@JsonProperty("mode") String mode, @JsonProperty("nowMillis") long nowMillis,
                         @JsonProperty("delayScale") double delayScale) {
}
