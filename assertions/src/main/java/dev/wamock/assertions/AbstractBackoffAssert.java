package dev.wamock.assertions;

import dev.wamock.assertions.internal.backoff.BackoffRules;
import dev.wamock.assertions.internal.backoff.BackoffShape;
import dev.wamock.scenarios.Journal;
import java.time.Duration;
import java.util.Objects;

/**
 * Assertions on how long a client waited before retrying, on the server's clocks, reached by
 * {@code assertThat(journal).backoff()}. A wait runs from the end of a failed answer to the arrival of the
 * client's next request for the same number; when the scenario clock did not follow real time in
 * between (it was manual and a {@code Sleeper} or the test moved it), the wait is read on the scenario
 * clock. Transport repeats (java.net.http repeating a GET by itself after a reset or an empty reply) are
 * part of the attempt they repeat unless {@link #countingTransportRepeats()}.
 */
public abstract class AbstractBackoffAssert<SELF extends AbstractBackoffAssert<SELF, ACTUAL>, ACTUAL extends Journal>
        extends JournalRuleAssert<SELF, ACTUAL> {

    private Duration slack = Duration.ZERO;

    /** For a concrete subclass: AssertJ's {@code (actual, selfType)} pattern. */
    protected AbstractBackoffAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Lets every wait the shape assertions that follow check ({@link #isExponential}, {@link #isLinear},
     * {@link #isConstant}) be up to {@code slack} longer than its range, beside the relative tolerance, and
     * reads each wait's ratio to the one before allowing as much. On real time the client's own work
     * between an answer and its next request counts as waiting (a few ms warm, up to a few hundred in a
     * JVM's first test): {@code withSlack(ofMillis(50))} allows for it. It only ever lengthens a wait, so
     * the slack widens the upper end only: a client that retries too soon still fails.
     */
    public SELF withSlack(Duration slack) {
        Objects.requireNonNull(slack, "slack");
        if (slack.isNegative()) {
            throw new IllegalArgumentException("need slack >= 0 but got " + slack);
        }
        this.slack = slack;
        return myself;
    }

    /**
     * Counts each transport repeat as a retry of the client in the assertions that follow (by default one is
     * part of the attempt it repeats: the client's code never saw the fault).
     */
    public SELF countingTransportRepeats() {
        countTransportRepeats = true;
        return myself;
    }

    /**
     * The n-th retry in a row waited {@code initial × factor^(n-1)} ± {@code tolerance} (0.5 = 50%), and each
     * wait was {@code factor} × the one before ± 25%: linear, constant or jittered waits that do not grow
     * fail even when each one is in its range. Waits the server set ({@code retry-after},
     * {@code estimated_time_to_regain_access}) are left to {@link #honoursRetryAfter()} and
     * {@link #waitedForRegainAccess()}. Fails when the client never retried.
     */
    public SELF isExponential(Duration initial, double factor, double tolerance) {
        return shape(BackoffShape.exponential(initial, factor), tolerance);
    }

    /**
     * The n-th retry in a row waited {@code initial + (n-1) × step} ± {@code tolerance}, and each wait was to
     * the one before as those are (± 25%). Otherwise like {@link #isExponential}.
     */
    public SELF isLinear(Duration initial, Duration step, double tolerance) {
        return shape(BackoffShape.linear(initial, step), tolerance);
    }

    /** Every retry waited {@code wait} ± {@code tolerance}, each about as long as the one before (± 25%). */
    public SELF isConstant(Duration wait, double tolerance) {
        return shape(BackoffShape.constant(wait), tolerance);
    }

    /** Every retry waited at least {@code minimum}. */
    public SELF isAtLeast(Duration minimum) {
        return check(() -> BackoffRules.atLeast(whole(), attempts(), minimum));
    }

    /**
     * After an answer with a {@code retry-after} header, the next request for the number waited that long:
     * on the scenario clock when a {@code Sleeper} of the manual clock did the waiting, so a fast test still
     * checks it.
     */
    public SELF honoursRetryAfter() {
        return check(() -> BackoffRules.retryAfter(whole(), attempts()));
    }

    /**
     * After an answer whose {@code x-business-use-case-usage} header has {@code estimated_time_to_regain_access}
     * minutes &gt; 0, the next request for the number waited that long.
     */
    public SELF waitedForRegainAccess() {
        return check(() -> BackoffRules.regainAccess(whole(), attempts()));
    }

    private SELF shape(BackoffShape shape, double tolerance) {
        return check(() -> BackoffRules.shape(whole(), attempts(), shape, tolerance, slack));
    }
}
