package dev.wamock.assertions.internal;

import dev.wamock.scenarios.JournalEntry;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A request was for another number ID. */
public final class ShouldBeForNumber extends BasicErrorMessageFactory {

    private ShouldBeForNumber(JournalEntry entry, String expected) {
        super("%nExpecting request:%n  %s%nto be for number:%n  %s%nbut was for:%n  %s",
                unquotedString(entry.describe()), expected, entry.numberId() == null ? unquotedString("no number") : entry.numberId());
    }

    /** The message for {@code entry}, which was not for number {@code expected}. */
    public static ErrorMessageFactory of(JournalEntry entry, String expected) {
        return new ShouldBeForNumber(entry, expected);
    }
}
