package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.WebhookDelivery;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The record of a session's delivery attempts: the last {@value #CAPACITY}, oldest first, and waits on them. */
final class Attempts {
    static final int CAPACITY = 10_000;
    private final ArrayDeque<WebhookDelivery> kept = new ArrayDeque<>();

    synchronized void add(WebhookDelivery attempt) {
        if (kept.size() == CAPACITY) {
            kept.removeFirst();
        }
        kept.addLast(attempt);
        notifyAll();
    }

    synchronized List<WebhookDelivery> all() {
        return List.copyOf(kept);
    }

    /** Waits (real time) until {@code done} holds for the attempts; them, or null when {@code timeout} ran out. */
    synchronized List<WebhookDelivery> await(Predicate<List<WebhookDelivery>> done, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<WebhookDelivery> now = List.copyOf(kept);
        while (!done.test(now)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
            now = List.copyOf(kept);
        }
        return now;
    }
}
