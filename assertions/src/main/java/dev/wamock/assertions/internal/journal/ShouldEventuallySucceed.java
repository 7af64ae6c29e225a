package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The client stopped on a failed answer for some number. */
public final class ShouldEventuallySucceed extends BasicErrorMessageFactory {
    private static final String FORMAT = "%nExpecting the client to end with a 2xx answer for every number it asked for"
            + "%nbut %s%nJournal:%n%s";

    private ShouldEventuallySucceed(Journal whole, String reason, Map<Long, String> notes) {
        super(FORMAT, unquotedString(reason), unquotedString(Timeline.of(whole, notes)));
    }

    /** The message for a journal with no request at all. */
    public static ErrorMessageFactory noRequests(Journal whole) {
        return new ShouldEventuallySucceed(whole, "it sent no requests", Map.of());
    }

    /** {@code lastFailures}: the last request of each number that did not end well. */
    public static ErrorMessageFactory of(Journal whole, List<JournalEntry> lastFailures) {
        Map<Long, String> notes = new LinkedHashMap<>();
        List<String> lines = lastFailures.stream().map(e -> {
            notes.put(e.seq(), "last attempt");
            return "number " + EntryFacts.numberOf(e) + ": the last request #" + e.seq() + " was answered "
                    + EntryFacts.describe(e) + (EntryFacts.isTransient(e)
                    ? ", which is transient: retry it, with backoff"
                    : ", which is not transient: retrying cannot help, the request must change");
        }).toList();
        return new ShouldEventuallySucceed(whole, "it stopped on failures:" + System.lineSeparator()
                + Timeline.indent(lines), notes);
    }
}
