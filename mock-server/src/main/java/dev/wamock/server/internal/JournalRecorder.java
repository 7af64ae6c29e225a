package dev.wamock.server.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The server's bounded journal: a lock-free ring of the last {@code capacity} entries. A request takes
 * its sequence number on arrival ({@link #nextSeq()}) and its entry lands when it is answered; the
 * hot path is one increment and one slot write.
 */
public final class JournalRecorder {
    private final int capacity;
    private final AtomicReferenceArray<JournalEntry> slots;
    private final AtomicLong seq = new AtomicLong();
    private volatile long base;

    public JournalRecorder(int capacity) {
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** The sequence number of a request that just arrived (1-based). */
    public long nextSeq() {
        return seq.incrementAndGet();
    }

    public void record(JournalEntry entry) {
        int slot = (int) ((entry.seq() - 1) % capacity);
        slots.getAndUpdate(slot, old -> old == null || old.seq() < entry.seq() ? entry : old);
    }

    /** Forgets every entry; counts start again from zero. */
    public void clear() {
        base = seq.get();
    }

    /** Entries in arrival order; requests still in flight are not in it yet. */
    public Journal snapshot() {
        long from = base;
        long hi = seq.get();
        long lo = Math.max(from, hi - capacity);
        List<JournalEntry> entries = new ArrayList<>((int) (hi - lo));
        for (long s = lo + 1; s <= hi; s++) {
            JournalEntry e = slots.get((int) ((s - 1) % capacity));
            if (e != null && e.seq() == s) {
                entries.add(e);
            }
        }
        return new Journal(hi - from, lo - from, entries);
    }
}
