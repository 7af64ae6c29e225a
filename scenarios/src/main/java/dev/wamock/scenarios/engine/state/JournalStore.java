package dev.wamock.scenarios.engine.state;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.JournalSource;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A session's bounded journal: a request takes a ticket when it arrives and its entry lands when it is answered.
 * Snapshots ({@link #snapshot()}) and views ({@link #view()}) list entries by sequence number.
 */
public interface JournalStore extends JournalSource {
    /** The ticket of a request that just arrived. */
    long arrive();

    /** The sequence number the entry of the request with this ticket gets, or 0 when the store numbers on landing. */
    long seqOf(long ticket);

    /**
     * Lands the entry of the request with this ticket. A store that numbers on landing sets the entry's
     * {@code seq} itself.
     */
    void record(long ticket, JournalEntry entry);

    /** Forgets every entry; sequence numbers and counts start from zero again. */
    void clear();

    /** The journal as it stands now, to be read entry by entry. */
    View view();

    /** The journal at one moment: counts, and the entries to read one at a time without a list. */
    interface View {
        /** How many requests were received (a store that numbers on landing: how many were answered). */
        long total();

        /** How many of them fell off the bounded journal. */
        long dropped();

        /**
         * Hands each kept entry with a sequence number above {@code afterSeq} that {@code filter} accepts to
         * {@code visitor}, oldest first, {@code limit} (at least 1) of them at most.
         *
         * @return the sequence number of the last entry visited when more accepted entries follow it, else 0
         */
        long forEach(long afterSeq, long limit, Predicate<JournalEntry> filter, Consumer<JournalEntry> visitor);

        /**
         * The kept entry with sequence number {@code seq}, or null when there is none (not landed yet, fallen off, or
         * never received). A store should answer without reading the entries that follow it.
         */
        default JournalEntry entry(long seq) {
            JournalEntry[] found = new JournalEntry[1];
            forEach(seq - 1, 1, e -> true, e -> found[0] = e.seq() == seq ? e : null);
            return found[0];
        }
    }
}
