package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A request carried no User-Agent header. */
public final class ShouldHaveUserAgent extends BasicErrorMessageFactory {

    private ShouldHaveUserAgent(String format, Object... arguments) {
        super(format, arguments);
    }

    /** The message for one request without a {@code User-Agent}. */
    public static ErrorMessageFactory request(JournalEntry entry, String problem) {
        return new ShouldHaveUserAgent(RequestRules.ONE, unquotedString(entry.describe()), unquotedString(rule()),
                unquotedString(problem));
    }

    /** The message for the requests of a journal without a {@code User-Agent}. */
    public static ErrorMessageFactory everyRequest(Journal whole, Map<JournalEntry, String> violations) {
        return new ShouldHaveUserAgent(RequestRules.EVERY, unquotedString(rule()),
                unquotedString(RequestRules.lines(violations)), unquotedString(Timeline.of(whole, RequestRules.notes(violations))));
    }

    private static String rule() {
        return "send a User-Agent header that identifies the client";
    }
}
