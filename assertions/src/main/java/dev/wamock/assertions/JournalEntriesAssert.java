package dev.wamock.assertions;

import dev.wamock.scenarios.JournalEntry;
import java.util.ArrayList;
import java.util.List;

/** A list assert over journaled requests; see {@link AbstractJournalEntriesAssert}. */
public class JournalEntriesAssert extends AbstractJournalEntriesAssert<JournalEntriesAssert, List<? extends JournalEntry>> {

    /** Assertions on these journal entries, in order. */
    public JournalEntriesAssert(List<? extends JournalEntry> actual) {
        super(actual, JournalEntriesAssert.class);
    }

    @Override
    protected JournalEntriesAssert newAbstractIterableAssert(Iterable<? extends JournalEntry> iterable) {
        List<JournalEntry> entries = new ArrayList<>();
        iterable.forEach(entries::add);
        return new JournalEntriesAssert(entries);
    }
}
