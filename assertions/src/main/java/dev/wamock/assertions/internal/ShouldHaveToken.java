package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A request carried its token elsewhere than the test expects, or none. */
public final class ShouldHaveToken extends BasicErrorMessageFactory {

    private ShouldHaveToken(String format, Object... arguments) {
        super(format, arguments);
    }

    /** The message for one request whose token did not come in {@code source}. */
    public static ErrorMessageFactory request(JournalEntry entry, String problem, String source) {
        return new ShouldHaveToken(RequestRules.ONE, unquotedString(entry.describe()), unquotedString(rule(source)),
                unquotedString(problem));
    }

    /** The message for the requests of a journal whose token did not come in {@code source}, each with its problem. */
    public static ErrorMessageFactory everyRequest(Journal whole, Map<JournalEntry, String> violations, String source) {
        return new ShouldHaveToken(RequestRules.EVERY, unquotedString(rule(source)),
                unquotedString(RequestRules.lines(violations)), unquotedString(Timeline.of(whole, RequestRules.notes(violations))));
    }

    private static String rule(String source) {
        return "header".equals(source) ? "carry its access token in the Authorization header (Bearer)"
                : "carry its access token in the access_token query parameter";
    }
}
