package dev.wamock.server.internal.webhooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A session's deliveries waiting on this server: queued by due time on the scenario clock, in flight, or waiting in a
 * chain for the one before them (counted in {@link #pending()}, queued once that one is settled). Clearing it (the
 * session started over) forgets them all, those in flight included: their attempts find them gone. Thread-safe.
 */
final class DeliveryQueue {
    private final PriorityQueue<Pending> queue = new PriorityQueue<>(
            Comparator.comparingLong(Pending::dueNanos).thenComparingLong(Pending::order));
    private final Set<Pending> inFlight = Collections.newSetFromMap(new IdentityHashMap<>());
    private int pending;
    private long overflowed;

    /** Queues a linked chain's head (the rest follow it); beyond {@code max} pending it is counted instead. */
    synchronized boolean offer(List<Pending> chain, int max) {
        if (chain.isEmpty()) {
            return false;
        }
        if (pending + chain.size() > max) {
            overflowed += chain.size();
            return false;
        }
        pending += chain.size();
        queue.add(chain.get(0));
        return true;
    }

    synchronized boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Takes the deliveries due at scenario-clock reading {@code now}; they are in flight until {@link #finish}. */
    synchronized List<Pending> takeDue(long now) {
        List<Pending> due = new ArrayList<>();
        while (!queue.isEmpty() && queue.peek().dueNanos() <= now) {
            Pending p = queue.poll();
            inFlight.add(p);
            due.add(p);
        }
        return due;
    }

    /** Whether {@code p} is still in flight (not forgotten by a {@link #clear()} since it was taken). */
    synchronized boolean inFlight(Pending p) {
        return inFlight.contains(p);
    }

    /**
     * Ends {@code p}'s attempt: queues {@code retry}, or (null) settles {@code p}, its chain's next queued due no earlier
     * than {@code now}.
     *
     * @return false when {@code p} was forgotten meanwhile, and nothing was done
     */
    synchronized boolean finish(Pending p, Pending retry, long now) {
        if (!inFlight.remove(p)) {
            return false;
        }
        if (retry != null) {
            queue.add(retry);
        } else {
            pending--;
            if (p.next() != null) {
                queue.add(p.next().notBefore(now));
            }
        }
        return true;
    }

    /** Deliveries queued, in flight or waiting for their turn in a chain. */
    synchronized int pending() {
        return pending;
    }

    /** Deliveries not queued because the most were pending. */
    synchronized long overflowed() {
        return overflowed;
    }

    /** Forgets every delivery and the counts. */
    synchronized void clear() {
        queue.clear();
        inFlight.clear();
        pending = 0;
        overflowed = 0;
    }
}
