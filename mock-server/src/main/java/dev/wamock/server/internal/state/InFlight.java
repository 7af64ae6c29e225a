package dev.wamock.server.internal.state;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The requests a server has received and not yet answered. A request entering and leaving costs an
 * atomic add each; the thread closing the server waits for none to be left and is woken by the last
 * one to leave, rather than polling (a client can read its whole answer before the server's thread has
 * finished with the request, so a close right after a request often finds it still in flight).
 */
public final class InFlight {
    private final AtomicInteger count = new AtomicInteger();
    /** The thread in {@link #awaitNone(long)}, if any (one at a time: a server closes once). */
    private volatile Thread waiter;

    /** A request arrived. */
    public void enter() {
        count.incrementAndGet();
    }

    /** A request was answered (or failed); the last to leave wakes {@link #awaitNone}. */
    public void leave() {
        if (count.decrementAndGet() == 0) {
            Thread w = waiter;
            if (w != null) {
                LockSupport.unpark(w);
            }
        }
    }

    /** How many are in flight now. */
    public int count() {
        return count.get();
    }

    /**
     * Waits until none is in flight, the {@link System#nanoTime()} deadline passes, or the thread is
     * interrupted (its interrupt status stays set); true when none is left.
     */
    public boolean awaitNone(long deadlineNanos) {
        waiter = Thread.currentThread(); // set before the count is read: a leave() after the read sees it
        try {
            while (count.get() > 0) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0 || Thread.currentThread().isInterrupted()) {
                    return false;
                }
                LockSupport.parkNanos(this, left);
            }
            return true;
        } finally {
            waiter = null;
        }
    }
}
