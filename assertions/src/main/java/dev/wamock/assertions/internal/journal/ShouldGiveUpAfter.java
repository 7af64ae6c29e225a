package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The client did not stop after exactly n failed attempts for a number. */
public final class ShouldGiveUpAfter extends BasicErrorMessageFactory {

    private ShouldGiveUpAfter(Journal whole, Attempts attempts, String number, int expected, String reason,
                              Map<Long, String> notes) {
        super("%nExpecting the client to give up on number %s after:%n  %s%nbut %s%nJournal:%n%s", unquotedString(number),
                unquotedString(expected + (expected == 1 ? " failed attempt" : " failed attempts")),
                unquotedString(reason), unquotedString(attempts == null ? Timeline.of(whole, notes)
                        : Timeline.of(whole, notes, attempts)));
    }

    /** The message for a journal with no request at all, when {@code expected} attempts were expected. */
    public static ErrorMessageFactory noRequests(Journal whole, int expected) {
        return new ShouldGiveUpAfter(whole, null, "(any)", expected, "it sent no requests", Map.of());
    }

    /** {@code tries}: the number's attempts, in order. */
    public static ErrorMessageFactory of(Journal whole, Attempts attempts, String number, int expected,
                                         List<Attempts.Attempt> tries) {
        JournalEntry last = tries.get(tries.size() - 1).answer();
        String reason = tries.size() != expected
                ? "it made " + tries.size() + (tries.size() == 1 ? " attempt" : " attempts")
                : "its last attempt #" + last.seq() + " succeeded (" + EntryFacts.describe(last) + "), so it did not give up";
        return new ShouldGiveUpAfter(whole, attempts, number, expected, reason,
                tries.size() > expected ? Map.of(tries.get(expected).sent().seq(), "attempt " + (expected + 1)) : Map.of());
    }
}
