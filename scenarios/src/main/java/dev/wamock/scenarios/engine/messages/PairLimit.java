package dev.wamock.scenarios.engine.messages;

import java.util.HashMap;
import java.util.Map;

/**
 * The pair rate limit (131056) between a business number and one recipient, as Meta describes it: one message
 * every {@code interval}, with bursts of up to {@code burst} messages within one interval that "borrow" from the
 * quota, so after a burst of N the pair is blocked until N × interval has passed since the burst began. Not
 * thread-safe: guarded by {@link WhatsAppRules}.
 */
final class PairLimit {
    private final long interval;
    private final int burst;
    private final Map<String, Burst> byPair = new HashMap<>();

    PairLimit(long intervalNanos, int burst) {
        this.interval = intervalNanos;
        this.burst = burst;
    }

    /** Whether a send on {@code pair} at {@code now} is within the limit. */
    boolean allows(String pair, long now) {
        Burst b = byPair.get(pair);
        if (b == null || b.over(now)) {
            return true;
        }
        return now - b.start < interval ? b.count < burst : false;
    }

    /** Counts a send on {@code pair} at {@code now}: it joins the open burst or begins a new one. */
    void record(String pair, long now) {
        Burst b = byPair.get(pair);
        if (b != null && now - b.start < interval) {
            b.count++;
        } else {
            byPair.put(pair, new Burst(now));
        }
    }

    /** Forgets pairs whose burst is paid back. */
    void prune(long now) {
        byPair.values().removeIf(b -> b.over(now));
    }

    int size() {
        return byPair.size();
    }

    /** A burst: when it began and how many sends it holds. */
    private final class Burst {
        private final long start;
        private int count = 1;

        Burst(long start) {
            this.start = start;
        }

        /** Whether the burst's window has closed and its borrowed time (count × interval) has passed. */
        boolean over(long now) {
            return now - start >= interval && now - start >= count * interval;
        }
    }
}
