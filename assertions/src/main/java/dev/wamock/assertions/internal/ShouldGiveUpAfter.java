package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The client did not stop after exactly n failed attempts for a number. */
public final class ShouldGiveUpAfter extends BasicErrorMessageFactory {

    private ShouldGiveUpAfter(Journal whole, String number, int expected, String reason, Map<Long, String> notes) {
        super("%nExpecting the client to give up on number %s after:%n  %s%nbut %s%nJournal:%n%s", unquotedString(number),
                unquotedString(expected + (expected == 1 ? " failed attempt" : " failed attempts")),
                unquotedString(reason), unquotedString(Timeline.of(whole, notes)));
    }

    public static ErrorMessageFactory noRequests(Journal whole, int expected) {
        return new ShouldGiveUpAfter(whole, "(any)", expected, "it sent no requests", Map.of());
    }

    /** {@code attempts}: the number's requests, in order. */
    public static ErrorMessageFactory of(Journal whole, String number, int expected, List<JournalEntry> attempts) {
        JournalEntry last = attempts.get(attempts.size() - 1);
        String reason = attempts.size() != expected
                ? "it made " + attempts.size() + (attempts.size() == 1 ? " attempt" : " attempts")
                : "its last attempt #" + last.seq() + " succeeded (" + Answers.describe(last) + "), so it did not give up";
        return new ShouldGiveUpAfter(whole, number, expected, reason,
                attempts.size() > expected ? Map.of(attempts.get(expected).seq(), "attempt " + (expected + 1)) : Map.of());
    }
}
