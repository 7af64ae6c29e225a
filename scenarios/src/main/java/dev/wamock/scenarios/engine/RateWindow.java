package dev.wamock.scenarios.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wamock.scenarios.Answer;
import java.util.Map;

/**
 * Where one rate-limit step ({@link Answer.RateLimit}) of a running scenario stands: its quotas, the calls counted
 * in the window open now, and when that window ends on the session's clock. {@code GET /__wamock/rate-windows}
 * lists them; the dashboard draws one gauge each.
 *
 * @param scenario       the scenario the step belongs to
 * @param step           the step's index in it
 * @param windowMillis   the window's length
 * @param appCalls       the app's quota per window
 * @param appUsed        the app's calls counted in the open window (0 when none is open)
 * @param businessCalls  each WhatsApp Business Account's quota per window, or null when the step has none
 * @param businessUsed   calls counted in the open window per WhatsApp Business Account ID
 * @param resetsInMillis time left in the open window on the session's clock, or null when none is open (no call yet,
 *                       or the last window ended: the next call opens one)
 */
public record RateWindow(
        @JsonProperty("scenario") String scenario,
        @JsonProperty("step") int step,
        @JsonProperty("windowMillis") long windowMillis,
        @JsonProperty("appCalls") int appCalls,
        @JsonProperty("appUsed") long appUsed,
        @JsonProperty("businessCalls") Integer businessCalls,
        @JsonProperty("businessUsed") Map<String, Long> businessUsed,
        @JsonProperty("resetsInMillis") Long resetsInMillis) {

    /** Copies the per-account counts. */
    public RateWindow {
        businessUsed = businessUsed == null ? Map.of() : Map.copyOf(businessUsed);
    }
}
