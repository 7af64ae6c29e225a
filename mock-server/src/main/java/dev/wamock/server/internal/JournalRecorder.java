package dev.wamock.server.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.JournalSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The server's bounded journal: a lock-free ring of the last {@code capacity} entries. A request takes
 * its ticket on arrival ({@link #nextTicket()}) and its entry lands when it is answered; the hot path
 * is one increment, packing the entry ({@link PackedEntry}) and one slot write.
 */
public final class JournalRecorder implements JournalSource {
    /** A ticket's low bits: the request's sequence number in its generation; the high bits: the generation. */
    private static final int SEQ_BITS = 40;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;

    private final int capacity;
    private final AtomicReferenceArray<PackedEntry> slots;
    private final AtomicLong tickets = new AtomicLong();
    private final JournalSink sink;
    /** Threads in {@link #awaitUntil}: only while there are any does a landing entry wake them. */
    private final AtomicInteger waiters = new AtomicInteger();
    private final Object landed = new Object();

    /** A journal that keeps the last {@code capacity} entries. */
    public JournalRecorder(int capacity) {
        this(capacity, null);
    }

    /** A journal that also appends every entry to {@code sink}, when one is given. */
    public JournalRecorder(int capacity, JournalSink sink) {
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
        this.sink = sink;
    }

    /** The file sink, or null. */
    public JournalSink sink() {
        return sink;
    }

    /**
     * The ticket of a request that just arrived: its sequence number ({@link #seqOf(long)}, 1-based,
     * from 1 again after each {@link #clear()}) and the journal generation it belongs to.
     */
    public long nextTicket() {
        return tickets.incrementAndGet();
    }

    /** The sequence number a ticket carries. */
    public static long seqOf(long ticket) {
        return ticket & SEQ_MASK;
    }

    /**
     * Lands the entry of the request with this ticket. An entry of a request that arrived before the
     * last {@link #clear()} (a request still finishing when a test reset the server) goes to the file
     * sink only: it is not part of the cleared journal, and it must not take a new request's slot.
     */
    public void record(long ticket, JournalEntry entry) {
        if (sink != null) {
            sink.accept(entry);
        }
        if (ticket >>> SEQ_BITS != tickets.get() >>> SEQ_BITS) {
            return;
        }
        PackedEntry packed = PackedEntry.of(entry, ticket);
        int slot = (int) ((seqOf(ticket) - 1) % capacity);
        slots.getAndUpdate(slot, old -> old == null || old.ticket < packed.ticket ? packed : old);
        if (waiters.get() > 0) {
            synchronized (landed) {
                landed.notifyAll();
            }
        }
    }

    /** Waits, woken by each entry that lands, until a snapshot satisfies {@code enough} or the time is up. */
    @Override
    public Journal awaitUntil(Predicate<Journal> enough, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        waiters.incrementAndGet();
        try {
            Journal now = snapshot();
            for (long left = timeout.toNanos(); !enough.test(now) && left > 0; left = deadline - System.nanoTime()) {
                synchronized (landed) {
                    landed.wait(Math.max(1, Math.min(left / 1_000_000, 50))); // 50 ms: an entry that landed just
                }                                                              // before the wait is seen soon anyway
                now = snapshot();
            }
            return now;
        } finally {
            waiters.decrementAndGet();
        }
    }

    /**
     * Forgets every entry: a new generation begins, whose counts and sequence numbers start from zero.
     * The old entries stay in the ring until overwritten but are never listed again.
     */
    public void clear() {
        tickets.updateAndGet(t -> ((t >>> SEQ_BITS) + 1) << SEQ_BITS);
    }

    /** Entries in arrival order; requests still in flight are not in it yet. */
    @Override
    public Journal snapshot() {
        long now = tickets.get();
        long generation = now & ~SEQ_MASK;
        long hi = seqOf(now);
        long lo = Math.max(0, hi - capacity);
        List<JournalEntry> entries = new ArrayList<>((int) (hi - lo));
        for (long s = lo + 1; s <= hi; s++) {
            PackedEntry e = slots.get((int) ((s - 1) % capacity));
            if (e != null && e.ticket == (generation | s)) {
                entries.add(e.unpack());
            }
        }
        return new Journal(hi, lo, entries).withSource(this);
    }
}
