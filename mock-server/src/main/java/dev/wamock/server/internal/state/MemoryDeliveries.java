package dev.wamock.server.internal.state;

import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.state.DeliveryLog;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A session's webhook attempts in this JVM: the last {@value #CAPACITY}, oldest first; a wait wakes on each one. */
final class MemoryDeliveries implements DeliveryLog {
    private final ArrayDeque<WebhookDelivery> kept = new ArrayDeque<>();
    private long seq;

    @Override
    public synchronized void add(WebhookDelivery attempt) {
        if (kept.size() == CAPACITY) {
            kept.removeFirst();
        }
        kept.addLast(attempt.withSeq(++seq));
        notifyAll();
    }

    @Override
    public synchronized List<WebhookDelivery> after(long afterSeq, int limit) {
        List<WebhookDelivery> page = new ArrayList<>();
        for (WebhookDelivery d : kept) {
            if (page.size() == limit) {
                break;
            }
            if (d.seq() > afterSeq) {
                page.add(d);
            }
        }
        return page;
    }

    @Override
    public synchronized void clear() {
        kept.clear();
        seq = 0;
        notifyAll();
    }

    /** Waits on this record, woken by each attempt, rather than reading it every 20 ms. */
    @Override
    public synchronized List<WebhookDelivery> await(Predicate<List<WebhookDelivery>> done, Duration timeout)
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
