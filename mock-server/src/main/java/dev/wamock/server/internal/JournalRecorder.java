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
 * hot path is one increment, packing the entry ({@link PackedEntry}) and one slot write.
 */
public final class JournalRecorder {
    private final int capacity;
    private final AtomicReferenceArray<PackedEntry> slots;
    private final AtomicLong seq = new AtomicLong();
    private volatile long base;
    private final JournalSink sink;

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

    /** The sequence number of a request that just arrived (1-based). */
    public long nextSeq() {
        return seq.incrementAndGet();
    }

    public void record(JournalEntry entry) {
        if (sink != null) {
            sink.accept(entry);
        }
        PackedEntry packed = PackedEntry.of(entry);
        int slot = (int) ((entry.seq() - 1) % capacity);
        slots.getAndUpdate(slot, old -> old == null || old.seq < packed.seq ? packed : old);
    }

    /** Forgets every entry; counts and sequence numbers start again from zero. */
    public synchronized void clear() {
        seq.set(0);
        base = 0;
        for (int i = 0; i < capacity; i++) {
            slots.set(i, null);
        }
    }

    /** Entries in arrival order; requests still in flight are not in it yet. */
    public Journal snapshot() {
        long from = base;
        long hi = seq.get();
        long lo = Math.max(from, hi - capacity);
        List<JournalEntry> entries = new ArrayList<>((int) (hi - lo));
        for (long s = lo + 1; s <= hi; s++) {
            PackedEntry e = slots.get((int) ((s - 1) % capacity));
            if (e != null && e.seq == s) {
                entries.add(e.unpack());
            }
        }
        return new Journal(hi - from, lo - from, entries);
    }
}
