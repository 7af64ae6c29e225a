package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A request used another Graph API version. */
public final class ShouldUseVersion extends BasicErrorMessageFactory {

    private ShouldUseVersion(String format, Object... arguments) {
        super(format, arguments);
    }

    /** The message for one request that did not use {@code version}. */
    public static ErrorMessageFactory request(JournalEntry entry, String problem, String version) {
        return new ShouldUseVersion(RequestRules.ONE, unquotedString(entry.describe()), unquotedString(rule(version)),
                unquotedString(problem));
    }

    /** The message for the requests of a journal that did not use {@code version}. */
    public static ErrorMessageFactory everyRequest(Journal whole, Map<JournalEntry, String> violations, String version) {
        return new ShouldUseVersion(RequestRules.EVERY, unquotedString(rule(version)),
                unquotedString(RequestRules.lines(violations)), unquotedString(Timeline.of(whole, RequestRules.notes(violations))));
    }

    private static String rule(String version) {
        return "use Graph API version " + version;
    }
}
