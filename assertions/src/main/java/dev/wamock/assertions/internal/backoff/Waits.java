package dev.wamock.assertions.internal.backoff;

import dev.wamock.assertions.internal.journal.Attempts;
import dev.wamock.assertions.internal.journal.EntryFacts;
import dev.wamock.assertions.internal.journal.Timeline;
import dev.wamock.scenarios.JournalEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The waits between a client's consecutive attempts for one number ({@link Attempts}). A wait runs from
 * the end of the earlier answer ({@link EntryFacts#answeredNanos}) to the arrival of the next request, on the
 * server's monotonic clock, so the answer's own latency is not counted. When the scenario clock did not
 * follow real time between the two requests — it was manual and moved by a {@code Sleeper} or the
 * test — the wait is read on the scenario clock instead ({@code clockNanos}, arrival to arrival).
 * Internal.
 */
public final class Waits {
    /** How far the scenario clock may drift from real time between two requests and still count as real. */
    static final long SAME_TIME_NANOS = 5_000_000;

    private Waits() {
    }

    /**
     * One wait.
     *
     * @param before        the answer the client waited after (the earlier attempt's)
     * @param after         the request that ended the wait (the next attempt's)
     * @param inARow        how many failed attempts in a row {@code before} closes for its number (1 for the first retry)
     * @param scenarioClock whether the wait was read on the scenario clock
     */
    public record Wait(JournalEntry before, JournalEntry after, long nanos, int inARow, boolean scenarioClock) {
        /** {@code #2 waited 1.2 ms after #1 (500 code 2)}; {@code … on the scenario clock …} when read there. */
        public String describe() {
            return "#" + after.seq() + " waited " + Timeline.ms(nanos) + (scenarioClock ? " on the scenario clock" : "")
                    + " after #" + before.seq() + " (" + EntryFacts.describe(before) + ")";
        }
    }

    /** Every wait between consecutive attempts for the same number, in order of the later request. */
    public static List<Wait> all(Attempts attempts) {
        List<Wait> waits = new ArrayList<>();
        for (List<Wait> run : runsOf(attempts, false)) {
            waits.addAll(run);
        }
        waits.sort(Comparator.comparingLong(w -> w.after().seq()));
        return waits;
    }

    /** The waits that follow a failed answer: the retries, in order of the later request. */
    public static List<Wait> retries(Attempts attempts) {
        return all(attempts).stream().filter(w -> w.inARow() > 0).toList();
    }

    /** The retries as runs: each run the waits after 1, 2, 3… failed attempts in a row for one number. */
    public static List<List<Wait>> runs(Attempts attempts) {
        return runsOf(attempts, true);
    }

    private static List<List<Wait>> runsOf(Attempts attempts, boolean retriesOnly) {
        List<List<Wait>> runs = new ArrayList<>();
        for (List<Attempts.Attempt> group : attempts.byNumber().values()) {
            List<Wait> run = new ArrayList<>();
            int inARow = 0;
            for (int i = 1; i < group.size(); i++) {
                Attempts.Attempt before = group.get(i - 1);
                inARow = before.failed() ? inARow + 1 : 0;
                if (inARow == 0 && retriesOnly) {
                    if (!run.isEmpty()) {
                        runs.add(run);
                    }
                    run = new ArrayList<>();
                    continue;
                }
                run.add(wait(before.answer(), group.get(i).sent(), inARow));
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
        }
        return runs;
    }

    private static Wait wait(JournalEntry before, JournalEntry after, int inARow) {
        long onClock = after.clockNanos() - before.clockNanos();
        long real = after.receivedNanos() - before.receivedNanos();
        if (onClock > 0 && Math.abs(onClock - real) > SAME_TIME_NANOS) {
            return new Wait(before, after, onClock, inARow, true);
        }
        return new Wait(before, after, Math.max(0, after.receivedNanos() - EntryFacts.answeredNanos(before)), inARow, false);
    }
}
