package dev.wamock.assertions;

import dev.wamock.scenarios.Journal;

/** Assertions on a server's journal; start with {@link WamockAssertions#assertThat(Journal)}. */
public class JournalAssert extends AbstractJournalAssert<JournalAssert, Journal> {

    /** Assertions on {@code actual}. */
    public JournalAssert(Journal actual) {
        super(actual, JournalAssert.class);
    }
}
