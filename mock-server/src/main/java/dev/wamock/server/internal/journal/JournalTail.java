package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.engine.state.JournalStore;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Where one live stream stands in a session's journal: each {@link #poll} reads only what landed after the last
 * entry it passed, never the whole ring. An entry lands when its request is answered, so a slow request's entry
 * can land after later ones: its sequence number is kept as a hole and looked up alone ({@link JournalStore.View#entry})
 * until it lands or falls off the ring. A journal cleared since the last poll ({@link #wasCleared}) starts the tail
 * from 0 again.
 */
final class JournalTail {
    /** How many sequence numbers still in flight one stream waits for; past that the oldest is given up as missed. */
    static final int MAX_HOLES = 1024;

    /** What a poll found, in the order to send it. */
    interface Listener {
        /** The journal was cleared: sequence numbers start from 1 again. */
        void cleared();

        /** {@code count} entries this stream will never send: they fell off the ring (or never landed). */
        void dropped(long count);

        /** {@code count} entries passed over: more landed since the last poll than one poll sends. */
        void skipped(long count);

        /** An entry the filter accepts. */
        void entry(JournalEntry entry);
    }

    private final JournalStore journal;
    private final Predicate<JournalEntry> filter;
    private final TreeSet<Long> holes = new TreeSet<>();
    /** The highest sequence number passed. */
    private long cursor;
    /** The {@code receivedNanos} of the entry at {@link #cursor}, or 0 when unknown. */
    private long cursorNanos;

    JournalTail(JournalStore journal, long afterSeq, Predicate<JournalEntry> filter) {
        this.journal = journal;
        this.cursor = Math.max(0, afterSeq);
        this.filter = filter;
    }

    /**
     * Hands {@code out} what landed since the last poll, passing {@code limit} entries at most (filtered out ones
     * count: the work is bounded, not the output). When more than {@code limit} landed, the tail skips ahead to the
     * newest {@code limit} and says how many it passed over: a live view shows the newest, and the stream's cost
     * stays bounded whatever the request rate.
     */
    void poll(long limit, Listener out) {
        JournalStore.View view = journal.view();
        if (wasCleared(view)) {
            out.cleared();
            cursor = 0;
            cursorNanos = 0;
            holes.clear();
        }
        long lost = holes.headSet(view.dropped(), true).size();
        holes.headSet(view.dropped(), true).clear();
        if (cursor < view.dropped()) {
            lost += view.dropped() - cursor;
            cursor = view.dropped();
            cursorNanos = 0;
        }
        if (lost > 0) {
            out.dropped(lost);
        }
        if (view.total() - cursor > limit) {
            long skipTo = view.total() - limit;
            long skipped = skipTo - cursor + holes.headSet(skipTo, true).size();
            holes.headSet(skipTo, true).clear();
            cursor = skipTo;
            cursorNanos = 0;
            out.skipped(skipped);
        }
        for (Long hole : List.copyOf(holes)) {
            JournalEntry e = view.entry(hole);
            if (e != null) {
                holes.remove(hole);
                send(e, out);
            }
        }
        long[] givenUp = {0};
        view.forEach(cursor, limit, e -> true, e -> {
            long from = Math.max(cursor + 1, e.seq() - MAX_HOLES);
            givenUp[0] += from - cursor - 1;
            for (long s = from; s < e.seq(); s++) {
                holes.add(s);
            }
            cursor = e.seq();
            cursorNanos = e.receivedNanos();
            send(e, out);
        });
        while (holes.size() > MAX_HOLES) {
            holes.pollFirst();
            givenUp[0]++;
        }
        if (givenUp[0] > 0) {
            out.dropped(givenUp[0]);
        }
    }

    private void send(JournalEntry e, Listener out) {
        if (filter.test(e)) {
            out.entry(e);
        }
    }

    /**
     * Fewer requests than the cursor passed, or the entry this stream sent last is gone from under the cursor (or
     * another is there) though the cursor is still within the kept part: either means the journal was cleared.
     */
    private boolean wasCleared(JournalStore.View view) {
        if (view.total() < cursor) {
            return true;
        }
        if (cursorNanos == 0 || cursor <= view.dropped()) {
            return false;
        }
        JournalEntry atCursor = view.entry(cursor);
        if (atCursor != null) {
            return atCursor.receivedNanos() != cursorNanos;
        }
        JournalStore.View again = journal.view(); // a shared store may have trimmed it between its two reads
        return again.total() < cursor || (cursor > again.dropped() && again.entry(cursor) == null);
    }
}
