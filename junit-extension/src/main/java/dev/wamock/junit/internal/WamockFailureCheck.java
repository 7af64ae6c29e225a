package dev.wamock.junit.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.WamockFailure;
import java.util.List;

/**
 * Fails a test whose wamock failed inside itself while answering (an entry with a
 * {@link WamockFailure}): such an answer is a wamock bug, and a client that retries 5xx could pass on it.
 */
final class WamockFailureCheck {
    private WamockFailureCheck() {
    }

    /** Throws when any of {@code controls} journaled a wamock failure; the first one is the cause. */
    static void check(List<WamockControl> controls) {
        for (WamockControl control : controls) {
            Journal journal = UsedControls.journalOf(control);
            if (journal == null) {
                continue;
            }
            List<JournalEntry> failed = journal.where(e -> e.failure() != null);
            if (!failed.isEmpty()) {
                JournalEntry first = failed.get(0);
                String nl = System.lineSeparator();
                throw new AssertionError("wamock itself failed while answering " + failed.size()
                        + (failed.size() == 1 ? " request" : " requests") + " of this test, first " + first.describe()
                        + nl + "This is a bug in wamock, not in your client: the answer carried X-Wamock-Internal-Error "
                        + "and no Graph error, and the test fails so that it cannot pass on a broken mock. Please report "
                        + "it with this journal (" + control.baseUrl() + "):" + nl + journal.timeline(),
                        new RemoteFailure(first.failure()));
            }
        }
    }

    /** wamock's failure as the server recorded it: its type, message and stack trace in the message. */
    static final class RemoteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RemoteFailure(WamockFailure failure) {
            super(failure.describe() + System.lineSeparator() + "server-side stack trace:" + System.lineSeparator()
                    + failure.stackTrace(), null, false, false);
        }
    }
}
