package dev.wamock.assertions.internal;

import dev.wamock.scenarios.JournalEntry;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A journaled request got no HTTP answer, so there is no response to assert on. */
public final class ShouldHaveAnswer extends BasicErrorMessageFactory {

    private ShouldHaveAnswer(JournalEntry entry) {
        super("%nExpecting request:%n  %s%nto have been answered over HTTP%nbut it ended with %s: the client received"
                + " no response (assert on the request itself, e.g. its outcome, instead)",
                unquotedString(entry.describe()), unquotedString(entry.outcome().wireName()));
    }

    /** {@code entry} ended with a connection fault. */
    public static ErrorMessageFactory of(JournalEntry entry) {
        return new ShouldHaveAnswer(entry);
    }
}
