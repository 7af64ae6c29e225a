package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.engine.state.JournalStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The server's bounded journal: a lock-free ring of the last {@code capacity} entries. A request takes
 * its ticket on arrival ({@link #nextTicket()}) and its entry lands when it is answered; the hot path
 * is one increment, packing the entry ({@link PackedEntry}) and one slot write.
 */
public final class JournalRecorder implements JournalStore {
    /** A ticket's low bits: the request's sequence number in its generation; the high bits: the generation. */
    private static final int SEQ_BITS = 40;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;

    private final int capacity;
    private final AtomicReferenceArray<PackedEntry> slots;
    private final AtomicLong tickets = new AtomicLong();
    /** Threads in {@link #awaitUntil}: only while there are any does a landing entry wake them. */
    private final AtomicInteger waiters = new AtomicInteger();
    private final Object landed = new Object();

    /** A journal that keeps the last {@code capacity} entries. */
    public JournalRecorder(int capacity) {
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /**
     * The ticket of a request that just arrived: its sequence number ({@link #seqOf(long)}, 1-based,
     * from 1 again after each {@link #clear()}) and the journal generation it belongs to.
     */
    @Override
    public long arrive() {
        return tickets.incrementAndGet();
    }

    @Override
    public long seqOf(long ticket) {
        return seq(ticket);
    }

    /** The sequence number a ticket carries. */
    static long seq(long ticket) {
        return ticket & SEQ_MASK;
    }

    /**
     * Lands the entry of the request with this ticket. An entry of a request that arrived before the
     * last {@link #clear()} (a request still finishing when a test reset the server) is dropped: it is not part of
     * the cleared journal, and it must not take a new request's slot.
     */
    @Override
    public void record(long ticket, JournalEntry entry) {
        record(PackedEntry.of(entry, ticket));
    }

    /** Lands an entry packed under its request's ticket, as {@link #record(long, JournalEntry)} does. */
    void record(PackedEntry packed) {
        long ticket = packed.ticket;
        if (ticket >>> SEQ_BITS != tickets.get() >>> SEQ_BITS) {
            return;
        }
        int slot = (int) ((seq(ticket) - 1) % capacity);
        for (PackedEntry old = slots.get(slot); old == null || old.ticket < ticket; old = slots.get(slot)) {
            if (slots.compareAndSet(slot, old, packed)) {
                break; // else a writer got in between: look again (a later ticket's entry stays)
            }
        }
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
    @Override
    public void clear() {
        tickets.updateAndGet(t -> ((t >>> SEQ_BITS) + 1) << SEQ_BITS);
    }

    /** Entries in arrival order; requests still in flight are not in it yet. */
    @Override
    public Journal snapshot() {
        View view = view();
        List<JournalEntry> entries = new ArrayList<>((int) (view.total - view.dropped));
        view.forEach(0, Long.MAX_VALUE, e -> true, entries::add);
        return new Journal(view.total, view.dropped, entries).withSource(this);
    }

    /** The journal as it stands now, to be read one entry at a time ({@link View#forEach}) without a list. */
    @Override
    public View view() {
        long now = tickets.get();
        long hi = seqOf(now);
        return new View(now & ~SEQ_MASK, hi, Math.max(0, hi - capacity));
    }

    /**
     * The requests received when {@link #view()} was called: their count, how many fell off, and the entries
     * kept. An entry the ring overwrites while the view is read is left out, as one still in flight is.
     */
    public final class View implements JournalStore.View {
        private final long generation;
        private final long total;
        private final long dropped;

        private View(long generation, long total, long dropped) {
            this.generation = generation;
            this.total = total;
            this.dropped = dropped;
        }

        /** How many requests were received (arrivals, answered or not). */
        @Override
        public long total() {
            return total;
        }

        /** How many of them fell off the ring. */
        @Override
        public long dropped() {
            return dropped;
        }

        /**
         * Unpacks, oldest first, each kept entry with a sequence number above {@code afterSeq} that {@code filter}
         * accepts, and hands it to {@code visitor}, one at a time: {@code limit} (at least 1) of them at most.
         *
         * @return the sequence number of the last entry visited when more entries that {@code filter} accepts
         *         follow it (read on after it for them), else 0
         */
        @Override
        public long forEach(long afterSeq, long limit, Predicate<JournalEntry> filter, Consumer<JournalEntry> visitor) {
            long visited = 0;
            long last = 0;
            for (long s = Math.max(dropped, afterSeq) + 1; s <= total; s++) {
                PackedEntry packed = slots.get((int) ((s - 1) % capacity));
                if (packed == null || packed.ticket != (generation | s)) {
                    continue;
                }
                JournalEntry e = packed.unpack();
                if (filter.test(e)) {
                    if (visited == limit) {
                        return last;
                    }
                    visitor.accept(e);
                    visited++;
                    last = s;
                }
            }
            return 0;
        }

        /** One slot read, unpacked only when it holds that entry of this view's generation. */
        @Override
        public JournalEntry entry(long seq) {
            if (seq <= dropped || seq > total) {
                return null;
            }
            PackedEntry packed = slots.get((int) ((seq - 1) % capacity));
            return packed == null || packed.ticket != (generation | seq) ? null : packed.unpack();
        }
    }
}
