package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** More requests were in flight at once than allowed. */
public final class ShouldNotExceedConcurrency extends BasicErrorMessageFactory {

    private ShouldNotExceedConcurrency(Journal whole, int max, Concurrency.Peak peak, Map<Long, String> notes) {
        super("%nExpecting at most %s in flight at once (received by the server and not yet answered)"
                        + "%nbut %s were in flight at %s: %s%nJournal:%n%s",
                unquotedString(Timeline.requests(max)), peak.count(), unquotedString(Timeline.offset(whole, peak.atNanos())),
                unquotedString(peak.seqs()), unquotedString(Timeline.of(whole, notes)));
    }

    /** The message for a journal whose {@code peak} exceeds {@code max} requests in flight. */
    public static ErrorMessageFactory of(Journal whole, int max, Concurrency.Peak peak) {
        Map<Long, String> notes = new LinkedHashMap<>();
        for (JournalEntry e : peak.inFlight()) {
            notes.put(e.seq(), "in flight at " + Timeline.offset(whole, peak.atNanos()));
        }
        return new ShouldNotExceedConcurrency(whole, max, peak, notes);
    }
}
