package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The waits between consecutive requests for one number, on the server's clock: from the moment the
 * earlier request was answered ({@code receivedNanos + latencyMicros}) to the arrival of the next.
 * Internal.
 */
public final class Waits {
    private Waits() {
    }

    /**
     * One wait.
     *
     * @param inARow how many failed answers in a row {@code before} closes for its number (1 for the first retry)
     */
    public record Wait(JournalEntry before, JournalEntry after, long nanos, int inARow) {
        /** {@code #2 waited 1.2 ms after #1 (500 code 2)}. */
        public String describe() {
            return "#" + after.seq() + " waited " + Timeline.ms(nanos) + " after #" + before.seq()
                    + " (" + Answers.describe(before) + ")";
        }
    }

    /** Every wait between consecutive requests for the same number, in order of the later request. */
    public static List<Wait> all(Journal journal) {
        List<Wait> waits = new ArrayList<>();
        for (List<JournalEntry> group : Answers.byNumber(journal.entries()).values()) {
            int inARow = 0;
            for (int i = 1; i < group.size(); i++) {
                JournalEntry before = group.get(i - 1);
                inARow = before.failed() ? inARow + 1 : 0;
                waits.add(new Wait(before, group.get(i), between(before, group.get(i)), inARow));
            }
        }
        waits.sort(Comparator.comparingLong(w -> w.after().seq()));
        return waits;
    }

    /** The waits that follow a failed answer: the retries. */
    public static List<Wait> retries(Journal journal) {
        return all(journal).stream().filter(w -> w.before().failed()).toList();
    }

    /** When {@code entry} was answered, on the server's monotonic clock. */
    public static long answeredNanos(JournalEntry entry) {
        return entry.receivedNanos() + entry.latencyMicros() * 1_000;
    }

    private static long between(JournalEntry before, JournalEntry after) {
        return Math.max(0, after.receivedNanos() - answeredNanos(before));
    }
}
