package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.Journal;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The client sent another number of requests. */
public final class ShouldHaveRequestCount extends BasicErrorMessageFactory {

    private ShouldHaveRequestCount(Journal whole, Attempts attempts, String scope, long expected, long actual) {
        super("%nExpecting the client to have sent:%n  %s%nbut it sent:%n  %s%nJournal:%n%s",
                unquotedString(Timeline.requests(expected) + scope), unquotedString(Timeline.requests(actual) + scope),
                unquotedString(Timeline.of(whole, attempts.requestNotes())
                        + (attempts.requestSummary().isEmpty() ? "" : System.lineSeparator() + attempts.requestSummary())));
    }

    /**
     * {@code scope}: empty, or {@code " for number 1065…"}. Every request counts, transport repeats too: the
     * timeline marks them.
     */
    public static ErrorMessageFactory of(Journal whole, Attempts attempts, String scope, long expected, long actual) {
        return new ShouldHaveRequestCount(whole, attempts, scope, expected, actual);
    }
}
