package dev.wamock.assertions;

import dev.wamock.assertions.internal.BackoffRules;
import dev.wamock.scenarios.Journal;
import java.time.Duration;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on how long a client waited before retrying, on the server's clock: a wait runs from the
 * moment a failed answer was sent to the arrival of the next request for the same number. Reached by
 * {@code assertThat(journal).backoff()}.
 */
public abstract class AbstractBackoffAssert<SELF extends AbstractBackoffAssert<SELF, ACTUAL>, ACTUAL extends Journal>
        extends AbstractAssert<SELF, ACTUAL> {

    Journal whole;

    protected AbstractBackoffAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * The n-th retry in a row waited {@code initial × factor^(n-1)}, within {@code ± tolerance} (0.5 = 50%).
     * Waits the server set ({@code retry-after}, {@code estimated_time_to_regain_access}) are left to
     * {@link #honoursRetryAfter()} and {@link #waitedForRegainAccess()}. Fails when the client never retried.
     */
    public SELF isExponential(Duration initial, double factor, double tolerance) {
        return check(j -> BackoffRules.exponential(whole(), j, initial, factor, tolerance));
    }

    /** Every retry waited at least {@code minimum}. */
    public SELF isAtLeast(Duration minimum) {
        return check(j -> BackoffRules.atLeast(whole(), j, minimum));
    }

    /** After an answer with a {@code retry-after} header, the next request for the number waited that long. */
    public SELF honoursRetryAfter() {
        return check(j -> BackoffRules.retryAfter(whole(), j));
    }

    /**
     * After an answer whose {@code x-business-use-case-usage} header has {@code estimated_time_to_regain_access}
     * minutes &gt; 0, the next request for the number waited that long.
     */
    public SELF waitedForRegainAccess() {
        return check(j -> BackoffRules.regainAccess(whole(), j));
    }

    private Journal whole() {
        return whole != null ? whole : actual;
    }

    private SELF check(Function<Journal, ErrorMessageFactory> rule) {
        isNotNull();
        ErrorMessageFactory failure = rule.apply(actual);
        if (failure != null) {
            throwAssertionError(failure);
        }
        return myself;
    }
}
