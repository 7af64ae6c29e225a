package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The journal-level rules: each returns the failure message when {@code journal} breaks it, or null.
 * {@code whole} is the journal printed in the message (the unscoped one). Internal.
 */
public final class JournalRules {
    private JournalRules() {
    }

    /** The journal holds {@code expected} requests (counting dropped entries). */
    public static ErrorMessageFactory requestCount(Journal whole, Journal journal, Attempts attempts, String scope,
                                                   int expected) {
        return journal.total() == expected ? null
                : ShouldHaveRequestCount.of(whole, attempts, scope, expected, journal.total());
    }

    /** No request repeats one that got a permanent error (see {@link EntryFacts#isPermanentError}). */
    public static ErrorMessageFactory retriedOnlyTransientErrors(Journal whole, Journal journal) {
        List<Retries.Retry> forbidden = Retries.after(journal.entries(), EntryFacts::isPermanentError);
        return forbidden.isEmpty() ? null : ShouldNotRepeat.permanentErrors(whole, forbidden);
    }

    /** No request repeats one that got an error with this HTTP status. */
    public static ErrorMessageFactory didNotRetryAfterStatus(Journal whole, Journal journal, int status) {
        List<Retries.Retry> retries = Retries.after(journal.entries(), e -> e.failed() && e.status() == status);
        return retries.isEmpty() ? null : ShouldNotRepeat.status(whole, status, retries);
    }

    /** No request repeats one that got an error with this Graph code. */
    public static ErrorMessageFactory didNotRetryAfterCode(Journal whole, Journal journal, int code) {
        List<Retries.Retry> retries = Retries.after(journal.entries(), e -> Integer.valueOf(code).equals(e.code()));
        return retries.isEmpty() ? null : ShouldNotRepeat.code(whole, code, retries);
    }

    /** Counts the client's attempts: a transport repeat is part of the attempt it repeats unless counted. */
    public static ErrorMessageFactory gaveUpAfter(Journal whole, Attempts attempts, int expected) {
        if (attempts.byNumber().isEmpty()) {
            return ShouldGiveUpAfter.noRequests(whole, expected);
        }
        for (Map.Entry<String, List<Attempts.Attempt>> number : attempts.byNumber().entrySet()) {
            List<Attempts.Attempt> tries = number.getValue();
            if (tries.size() != expected || !tries.get(tries.size() - 1).failed()) {
                return ShouldGiveUpAfter.of(whole, attempts, number.getKey(), expected, tries);
            }
        }
        return null;
    }

    /** There are requests, and the last one for each number got a 2xx. */
    public static ErrorMessageFactory eventuallySucceeded(Journal whole, Journal journal) {
        if (journal.entries().isEmpty()) {
            return ShouldEventuallySucceed.noRequests(whole);
        }
        List<JournalEntry> lastFailures = EntryFacts.byNumber(journal.entries()).values().stream()
                .map(tries -> tries.get(tries.size() - 1)).filter(last -> !EntryFacts.succeeded(last)).toList();
        return lastFailures.isEmpty() ? null : ShouldEventuallySucceed.of(whole, lastFailures);
    }

    /**
     * At no moment were more than {@code max} requests in flight.
     *
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public static ErrorMessageFactory maxConcurrency(Journal whole, Journal journal, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1 but was " + max);
        }
        Concurrency.Peak peak = Concurrency.peak(journal);
        return peak.count() <= max ? null : ShouldNotExceedConcurrency.of(whole, max, peak);
    }
}
