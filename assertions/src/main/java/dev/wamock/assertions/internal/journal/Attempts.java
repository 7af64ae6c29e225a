package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A journal read as the client's attempts, per number. java.net.http repeats a GET by itself, once per
 * call, when the connection breaks before any answer (a reset or an empty reply); the client's code
 * never sees the fault. Such a <em>transport repeat</em> — the same request again, within
 * {@link #REPEAT_WINDOW} of a reset, no-response or cut-off answer that was not itself a repeat — is
 * folded into the attempt it repeats unless {@code counted}, and every message says which it did.
 * Internal.
 */
public final class Attempts {
    /** How soon after the fault a repeat must arrive to be the transport's own. */
    public static final Duration REPEAT_WINDOW = Duration.ofMillis(50);
    private static final Set<Outcome> NO_ANSWER = Set.of(Outcome.RESET, Outcome.NO_RESPONSE, Outcome.CUT_OFF);

    /**
     * One attempt of the client: {@code sent} is the request it sent, {@code answer} the entry whose
     * outcome it saw (the transport repeat's, when one was folded in; else {@code sent} itself).
     */
    public record Attempt(JournalEntry sent, JournalEntry answer) {
        /** Whether the answer the client saw was a failure. */
        public boolean failed() {
            return answer.failed();
        }
    }

    private final Map<String, List<Attempt>> byNumber;
    private final Map<JournalEntry, JournalEntry> repeats;
    private final boolean counted;

    private Attempts(Map<String, List<Attempt>> byNumber, Map<JournalEntry, JournalEntry> repeats, boolean counted) {
        this.byNumber = byNumber;
        this.repeats = repeats;
        this.counted = counted;
    }

    /** The attempts in {@code journal}; {@code countRepeats} makes each transport repeat an attempt of its own. */
    public static Attempts of(Journal journal, boolean countRepeats) {
        Map<String, List<Attempt>> byNumber = new LinkedHashMap<>();
        Map<JournalEntry, JournalEntry> repeats = new LinkedHashMap<>();
        EntryFacts.byNumber(journal.entries()).forEach((number, group) -> {
            List<Attempt> attempts = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                JournalEntry e = group.get(i);
                JournalEntry previous = i == 0 ? null : group.get(i - 1);
                if (previous != null && !repeats.containsKey(previous) && isTransportRepeat(e, previous)) {
                    repeats.put(e, previous);
                    if (!countRepeats) {
                        attempts.set(attempts.size() - 1, new Attempt(previous, e));
                        continue;
                    }
                }
                attempts.add(new Attempt(e, e));
            }
            byNumber.put(number, List.copyOf(attempts));
        });
        return new Attempts(byNumber, repeats, countRepeats);
    }

    private static boolean isTransportRepeat(JournalEntry next, JournalEntry fault) {
        return NO_ANSWER.contains(fault.outcome())
                && Objects.equals(next.method(), fault.method()) && Objects.equals(next.path(), fault.path())
                && Objects.equals(next.query(), fault.query()) && Objects.equals(next.token(), fault.token())
                && next.receivedNanos() - EntryFacts.answeredNanos(fault) <= REPEAT_WINDOW.toNanos();
    }

    /** Each number's attempts, in order; numbers in order of first appearance. */
    public Map<String, List<Attempt>> byNumber() {
        return byNumber;
    }

    /** Timeline notes on the transport repeats found, saying whether they were counted. */
    public Map<Long, String> notes() {
        return notes(counted ? ", counted" : ", not counted");
    }

    /** Timeline notes on the transport repeats found, for a count of every request. */
    public Map<Long, String> requestNotes() {
        return notes("");
    }

    private Map<Long, String> notes(String suffix) {
        Map<Long, String> notes = new LinkedHashMap<>();
        repeats.forEach((repeat, fault) -> notes.put(repeat.seq(), "transport repeat of #" + fault.seq() + suffix));
        return notes;
    }

    /** The line that says how transport repeats were counted, or "" when there were none. */
    public String summary() {
        return repeats.isEmpty() ? "" : (counted ? "Counted as the client's retries (countingTransportRepeats()): "
                : "Not counted: ") + found() + (counted ? "." : "; countingTransportRepeats() counts them.");
    }

    /** The line for a count of every request: transport repeats count there, unlike in attempts. */
    public String requestSummary() {
        return repeats.isEmpty() ? "" : "Counted: " + found() + "; the request count is every request the server"
                + " received, while gaveUpAfter and backoff() count the client's attempts.";
    }

    private String found() {
        List<String> found = repeats.entrySet().stream().map(r -> "#" + r.getKey().seq() + " repeated #"
                + r.getValue().seq() + " " + Timeline.ms(r.getKey().receivedNanos() - EntryFacts.answeredNanos(r.getValue()))
                + " after its " + r.getValue().outcome().wireName()).toList();
        return String.join(", ", found) + (found.size() == 1 ? " is a transport repeat" : " are transport repeats")
                + " (java.net.http repeats a GET by itself after a reset or an empty reply, within "
                + REPEAT_WINDOW.toMillis() + " ms)";
    }
}
