package dev.wamock.assertions;

import dev.wamock.scenarios.Journal;

/** Assertions on retry timing; see {@link AbstractBackoffAssert}. */
public class BackoffAssert extends AbstractBackoffAssert<BackoffAssert, Journal> {

    /** Assertions on the waits in {@code actual}. */
    public BackoffAssert(Journal actual) {
        super(actual, BackoffAssert.class);
    }
}
