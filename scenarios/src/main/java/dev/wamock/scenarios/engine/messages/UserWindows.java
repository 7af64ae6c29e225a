package dev.wamock.scenarios.engine.messages;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * What the rules remember per user: when each user last wrote to each business number (the customer service
 * window, 131047) and when each user got marketing templates in the last day (the per-user marketing limit, 131049).
 * Not thread-safe: guarded by {@link WhatsAppRules}.
 */
final class UserWindows {
    private static final long DAY = 24L * 3_600_000_000_000L;

    private final long window;
    private final Integer marketingPerDay;
    private final Map<String, Long> lastInbound = new HashMap<>();
    private final Map<String, ArrayDeque<Long>> marketing = new HashMap<>();

    UserWindows(long windowNanos, Integer marketingPerDay) {
        this.window = windowNanos;
        this.marketingPerDay = marketingPerDay;
    }

    /** The user wrote to the number: the window opens (or starts again). */
    void inbound(String pair, long now) {
        lastInbound.merge(pair, now, Math::max);
    }

    /** Whether the window between the number and the user (the pair) is open at {@code now}. */
    boolean windowOpen(String pair, long now) {
        Long last = lastInbound.get(pair);
        return last != null && now - last < window;
    }

    /** Whether the user may get another marketing template at {@code now}. */
    boolean marketingAllowed(String user, long now) {
        if (marketingPerDay == null) {
            return true;
        }
        ArrayDeque<Long> times = marketing.get(user);
        if (times == null) {
            return true;
        }
        times.removeIf(t -> now - t >= DAY);
        return times.size() < marketingPerDay;
    }

    /** The user got a marketing template at {@code now}. */
    void marketingSent(String user, long now) {
        if (marketingPerDay != null) {
            marketing.computeIfAbsent(user, u -> new ArrayDeque<>()).addLast(now);
        }
    }

    /** Forgets windows that have closed and marketing sends older than a day. */
    void prune(long now) {
        lastInbound.values().removeIf(last -> now - last >= window);
        marketing.values().removeIf(times -> {
            times.removeIf(t -> now - t >= DAY);
            return times.isEmpty();
        });
    }

    int size() {
        return lastInbound.size() + marketing.size();
    }
}
