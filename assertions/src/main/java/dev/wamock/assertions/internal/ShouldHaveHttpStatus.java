package dev.wamock.assertions.internal;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A response or a journaled request was answered with another HTTP status. */
public final class ShouldHaveHttpStatus extends BasicErrorMessageFactory {

    private ShouldHaveHttpStatus(String what, String actual, String to, int expected, String was) {
        super("%nExpecting " + what + ":%n  %s%n" + to + ":%n  %s%nbut was:%n  %s",
                unquotedString(actual), expected, unquotedString(was));
    }

    /** The message for {@code response}, answered {@code status} instead of {@code expected}. */
    public static ErrorMessageFactory response(Object response, int status, int expected) {
        return new ShouldHaveHttpStatus("response", String.valueOf(response), "to have HTTP status", expected,
                String.valueOf(status));
    }

    /** The message for a journaled request answered with another status than {@code expected}. */
    public static ErrorMessageFactory request(JournalEntry entry, int expected) {
        return new ShouldHaveHttpStatus("request", entry.describe(), "to have been answered with HTTP status",
                expected, entry.outcome() == Outcome.RESPONSE ? String.valueOf(entry.status()) : entry.outcome().wireName());
    }
}
