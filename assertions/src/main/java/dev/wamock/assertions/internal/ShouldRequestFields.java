package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A request asked for other fields, or sent no fields parameter. */
public final class ShouldRequestFields extends BasicErrorMessageFactory {

    private ShouldRequestFields(String format, Object... arguments) {
        super(format, arguments);
    }

    /** The message for one request that did not ask for exactly {@code fields}. */
    public static ErrorMessageFactory request(JournalEntry entry, String problem, List<String> fields) {
        return new ShouldRequestFields(RequestRules.ONE, unquotedString(entry.describe()), unquotedString(rule(fields)),
                unquotedString(problem));
    }

    /** The message for the requests of a journal that did not ask for exactly {@code fields}. */
    public static ErrorMessageFactory everyRequest(Journal whole, Map<JournalEntry, String> violations, List<String> fields) {
        return new ShouldRequestFields(RequestRules.EVERY, unquotedString(rule(fields)),
                unquotedString(RequestRules.lines(violations)), unquotedString(Timeline.of(whole, RequestRules.notes(violations))));
    }

    private static String rule(List<String> fields) {
        return "ask for exactly the fields " + String.join(", ", fields);
    }
}
