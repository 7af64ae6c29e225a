package dev.wamock.scenarios.engine.state;

import dev.wamock.scenarios.WebhookDelivery;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * A session's record of webhook delivery attempts: the last {@value #CAPACITY}, numbered 1, 2, … in the order they were
 * recorded. A shared store numbers them for the whole fleet, so every replica lists the same attempts in the same order.
 * A reset of the session empties it and numbering starts again from 1.
 */
public interface DeliveryLog {
    /** How many attempts a session keeps; older ones fall off. */
    int CAPACITY = 10_000;

    /** Records {@code attempt} under the next sequence number (its own {@code seq} is ignored). */
    void add(WebhookDelivery attempt);

    /**
     * The kept attempts numbered above {@code afterSeq}, oldest first, {@code limit} of them at most.
     *
     * @param afterSeq 0 for the oldest kept
     * @param limit    at least 1
     */
    List<WebhookDelivery> after(long afterSeq, int limit);

    /** Every kept attempt, oldest first. */
    default List<WebhookDelivery> all() {
        return after(0, CAPACITY);
    }

    /** Forgets every attempt; the next one is numbered 1. */
    void clear();

    /**
     * Waits (real time) until {@code done} holds for the kept attempts, for up to {@code timeout}. This default reads
     * them every 20 ms; a store in this JVM may be woken by each new attempt instead.
     *
     * @return the attempts when it held, or null when the time ran out
     */
    default List<WebhookDelivery> await(Predicate<List<WebhookDelivery>> done, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<WebhookDelivery> now = all();
        while (!done.test(now)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Thread.sleep(Math.max(1, Math.min(20, left / 1_000_000)));
            now = all();
        }
        return now;
    }
}
