package dev.wamock.assertions;

import dev.wamock.assertions.internal.journal.Attempts;
import dev.wamock.scenarios.Journal;

/**
 * What the journal and backoff asserts share: the journal their failures print (the whole one, when the assert is
 * scoped to a number) and whether transport repeats count as attempts. Not API: package-private, so that its members
 * stay out of the public classes that extend it.
 */
abstract class JournalRuleAssert<SELF extends JournalRuleAssert<SELF, ACTUAL>, ACTUAL extends Journal>
        extends RuleAssert<SELF, ACTUAL> {

    /** The journal a failure prints; null: {@code actual}. */
    Journal whole;
    boolean countTransportRepeats;

    JournalRuleAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The journal a failure prints. */
    Journal whole() {
        return whole != null ? whole : actual;
    }

    /** The client's attempts in {@code actual}, transport repeats counted or not as set. */
    Attempts attempts() {
        return Attempts.of(actual, countTransportRepeats);
    }
}
