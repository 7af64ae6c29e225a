package dev.wamock.assertions;

import dev.wamock.scenarios.JournalEntry;

/** Assertions on one journaled request; see {@link AbstractJournalEntryAssert}. */
public class JournalEntryAssert extends AbstractJournalEntryAssert<JournalEntryAssert, JournalEntry> {

    /** Assertions on {@code actual}. */
    public JournalEntryAssert(JournalEntry actual) {
        super(actual, JournalEntryAssert.class);
    }
}
