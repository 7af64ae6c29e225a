package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The most requests in flight at once: overlaps of [received, answered) intervals. Internal. */
public final class Concurrency {
    private Concurrency() {
    }

    /** The largest overlap: how many, from when, and which requests. */
    public record Peak(int count, long atNanos, List<JournalEntry> inFlight) {
        /** {@code #2, #3, #4}. */
        public String seqs() {
            return String.join(", ", inFlight.stream().map(e -> "#" + e.seq()).toList());
        }
    }

    /** The most requests in flight at one moment (by server receive and answer times), and which they were. */
    public static Peak peak(Journal journal) {
        List<JournalEntry> byStart = new ArrayList<>(journal.entries());
        byStart.sort(Comparator.comparingLong(JournalEntry::receivedNanos));
        Peak best = new Peak(0, 0, List.of());
        List<JournalEntry> open = new ArrayList<>();
        for (JournalEntry e : byStart) {
            long now = e.receivedNanos();
            open.removeIf(o -> EntryFacts.answeredNanos(o) <= now);
            open.add(e);
            if (open.size() > best.count()) {
                List<JournalEntry> inFlight = new ArrayList<>(open);
                inFlight.sort(Comparator.comparingLong(JournalEntry::seq));
                best = new Peak(open.size(), now, List.copyOf(inFlight));
            }
        }
        return best;
    }
}
