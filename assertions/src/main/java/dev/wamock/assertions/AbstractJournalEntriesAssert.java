package dev.wamock.assertions;

import dev.wamock.assertions.internal.journal.WamockRepresentation;
import dev.wamock.scenarios.JournalEntry;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;

/**
 * A list assert over journaled requests, in arrival order: every AssertJ list assertion
 * ({@code hasSize}, {@code extracting(JournalEntry::status)}, {@code filteredOn}, …), with
 * {@code first()}, {@code element(i)}, {@code last()} leading to {@link JournalEntryAssert}.
 * Entries print as their timeline line.
 */
public abstract class AbstractJournalEntriesAssert<SELF extends AbstractJournalEntriesAssert<SELF, ACTUAL>,
        ACTUAL extends List<? extends JournalEntry>>
        extends AbstractListAssert<SELF, ACTUAL, JournalEntry, JournalEntryAssert> {

    /** For a concrete subclass: AssertJ's {@code (actual, selfType)} pattern. */
    protected AbstractJournalEntriesAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
        info.useRepresentation(WamockRepresentation.INSTANCE);
    }

    /** Public, as AssertJ's soft assertions need it to be to collect failures of element assertions. */
    @Override
    public JournalEntryAssert toAssert(JournalEntry value, String description) {
        return new JournalEntryAssert(value).as(description);
    }
}
