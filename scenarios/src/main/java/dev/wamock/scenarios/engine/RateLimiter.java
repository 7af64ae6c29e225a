package dev.wamock.scenarios.engine;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.GraphError;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one {@link Answer.RateLimit} step: a fixed window on the scenario's clock, counting
 * calls for the app and per WhatsApp Business Account ({@link RequestFacts#wabaId()}: the numbers of one
 * account share its quota); usage headers as Graph formats them, {@code x-business-use-case-usage} keyed by
 * the account's ID (real-graph-behaviour.md row 14). Used under the {@link ScenarioRun}'s lock.
 */
final class RateLimiter {
    private static final GraphError BUSINESS_LIMIT = GraphError.of(
            "(#80007) There have been too many calls to this WhatsApp Business account. Wait a bit and try again.",
            "OAuthException", 80007).withTransient(true);

    private final Answer.RateLimit limit;
    private long windowStart = Long.MIN_VALUE;
    private long appUsed;
    private final Map<String, Long> businessUsed = new HashMap<>();

    RateLimiter(Answer.RateLimit limit) {
        this.limit = limit;
    }

    record Outcome(Answer answer, Map<String, String> headers) {
    }

    Outcome admit(RequestFacts request, long nowNanos) {
        long window = limit.window().toNanos();
        if (windowStart == Long.MIN_VALUE || nowNanos - windowStart >= window) {
            windowStart = nowNanos;
            appUsed = 0;
            businessUsed.clear();
        }
        appUsed++;
        long business = businessUsed.merge(request.wabaId(), 1L, Long::sum);
        int businessQuota = limit.businessCalls() == null ? limit.appCalls() : limit.businessCalls();
        long remainingNanos = windowStart + window - nowNanos;
        boolean appOver = appUsed > limit.appCalls();
        boolean businessOver = limit.businessCalls() != null && business > businessQuota;
        long regainMinutes = appOver || businessOver ? (remainingNanos + 59_999_999_999L) / 60_000_000_000L : 0;

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-app-usage", "{" + usage(percent(appUsed, limit.appCalls())) + "}");
        headers.put("x-business-use-case-usage", "{\"" + request.wabaId() + "\":[{\"type\":\"whatsapp_business_management\","
                + usage(percent(business, businessQuota)) + ",\"estimated_time_to_regain_access\":" + regainMinutes + "}]}");
        Answer answer = new Answer.Pass();
        if (appOver || businessOver) {
            if (limit.retryAfter()) {
                headers.put("retry-after", String.valueOf((remainingNanos + 999_999_999L) / 1_000_000_000L));
            }
            answer = appOver ? Answer.Error.documented("rate-limited") : new Answer.Error(null, 429, BUSINESS_LIMIT);
        }
        return new Outcome(answer, headers);
    }

    /** The window as it stands at {@code nowNanos}: an ended one reads as none open, with nothing counted. */
    RateWindow window(String scenario, int step, long nowNanos) {
        long window = limit.window().toNanos();
        boolean open = windowStart != Long.MIN_VALUE && nowNanos - windowStart < window;
        return new RateWindow(scenario, step, limit.window().toMillis(), limit.appCalls(), open ? appUsed : 0,
                limit.businessCalls(), open ? businessUsed : Map.of(),
                open ? (windowStart + window - nowNanos) / 1_000_000 : null);
    }

    private static int percent(long used, int quota) {
        return (int) Math.min(Integer.MAX_VALUE, used * 100 / quota);
    }

    /** {@code "call_count":N,"total_cputime":N,"total_time":N}: percentages of the quota. */
    private static String usage(int pct) {
        return "\"call_count\":" + pct + ",\"total_cputime\":" + pct * 3 / 10 + ",\"total_time\":" + pct * 4 / 10;
    }
}
