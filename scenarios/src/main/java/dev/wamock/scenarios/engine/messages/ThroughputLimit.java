package dev.wamock.scenarios.engine.messages;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends per second per business number (130429): a sliding one-second window, kept as a ring of the last
 * {@code perSecond} send times per number, so memory is {@code perSecond} longs per number. Not thread-safe:
 * guarded by {@link WhatsAppRules}.
 */
final class ThroughputLimit {
    private static final long SECOND = 1_000_000_000L;

    private final int perSecond;
    private final Map<String, Ring> byNumber = new HashMap<>();

    ThroughputLimit(int perSecond) {
        this.perSecond = perSecond;
    }

    /** Whether a send from {@code number} at {@code now} stays within the limit (the sends of (now - 1 s, now]). */
    boolean allows(String number, long now) {
        Ring ring = byNumber.get(number);
        return ring == null || ring.size < perSecond || ring.oldest() <= now - SECOND;
    }

    /** Counts a send from {@code number} at {@code now}. */
    void record(String number, long now) {
        byNumber.computeIfAbsent(number, n -> new Ring(perSecond)).add(now);
    }

    /** Forgets numbers with no send in the last second. */
    void prune(long now) {
        byNumber.values().removeIf(ring -> ring.newest() <= now - SECOND);
    }

    int size() {
        return byNumber.size();
    }

    /** The last {@code capacity} send times, oldest overwritten first. */
    private static final class Ring {
        private final long[] times;
        private int next;
        private int size;

        Ring(int capacity) {
            times = new long[capacity];
        }

        void add(long time) {
            times[next] = time;
            next = (next + 1) % times.length;
            size = Math.min(size + 1, times.length);
        }

        long oldest() {
            return times[size < times.length ? 0 : next];
        }

        long newest() {
            return times[(next - 1 + times.length) % times.length];
        }
    }
}
