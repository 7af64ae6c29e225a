package dev.wamock.assertions.internal.request;

import dev.wamock.assertions.internal.journal.Timeline;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A journaled request breaks a {@link RequestRule}, or some requests of a journal do. One layout for every rule, the
 * rule and what was found in it: {@code Expecting request: … to <rule> but <found>}, and for a journal
 * {@code Expecting every request to <rule> but these did not: … Journal: …} with the requests marked.
 */
public final class ShouldFollowRequestRule extends BasicErrorMessageFactory {
    private ShouldFollowRequestRule(String format, Object... arguments) {
        super(format, arguments);
    }

    /** {@code entry} breaks {@code rule} as {@code found} says. */
    public static ErrorMessageFactory request(JournalEntry entry, String rule, String found) {
        return new ShouldFollowRequestRule("%nExpecting request:%n  %s%nto %s%nbut %s",
                unquotedString(entry.describe()), unquotedString(rule), unquotedString(found));
    }

    /** The requests of a journal that break {@code rule}, each with what is wrong; the message prints {@code whole}. */
    public static ErrorMessageFactory everyRequest(Journal whole, String rule, Map<JournalEntry, String> violations) {
        Map<Long, String> notes = new LinkedHashMap<>();
        violations.forEach((e, found) -> notes.put(e.seq(), found));
        return new ShouldFollowRequestRule("%nExpecting every request to %s%nbut these did not:%n%s%nJournal:%n%s",
                unquotedString(rule), unquotedString(Timeline.indent(violations.entrySet().stream()
                        .map(v -> v.getKey().describe() + ": " + v.getValue()).toList())),
                unquotedString(Timeline.of(whole, notes)));
    }
}
