package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import org.assertj.core.presentation.StandardRepresentation;

/** Shows journal entries as their timeline line ({@code #3 GET /v23.0/… → 500 code 2}). Internal. */
public final class WamockRepresentation extends StandardRepresentation {
    /** The one instance; it keeps no state. */
    public static final WamockRepresentation INSTANCE = new WamockRepresentation();

    @Override
    protected String fallbackToStringOf(Object object) {
        if (object instanceof JournalEntry e) {
            return e.describe();
        }
        if (object instanceof dev.wamock.assertions.SentMessage m) {
            return m.describe();
        }
        if (object instanceof dev.wamock.scenarios.WebhookDelivery d) {
            return d.describe();
        }
        if (object instanceof Journal j) {
            return "journal of " + Timeline.requests(j.total());
        }
        return super.fallbackToStringOf(object);
    }
}
