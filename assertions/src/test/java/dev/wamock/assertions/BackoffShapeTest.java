package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Requests.journal;
import static dev.wamock.assertions.Requests.ok;
import static dev.wamock.assertions.Requests.serverError;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import org.junit.jupiter.api.Test;

/**
 * The shape of the waits, not only each wait's range: exponential, linear and constant backoffs tell
 * apart by the ratio of each wait to the one before. Every answer here takes 2 ms, so the n-th request
 * at {@code +x} ms waited {@code x − 2 − (end of the one before)}.
 */
class BackoffShapeTest {
    /** Waits of 250, 500, 750 ms. */
    private final Journal linear = journal(serverError(1, 0), serverError(2, 252), serverError(3, 754), ok(4, 1506));
    /** Waits of 100, 200, 400 ms. */
    private final Journal exponential = journal(serverError(1, 0), serverError(2, 102), serverError(3, 304), ok(4, 706));
    /** Waits of 150, 160, 170 ms: each in an exponential range at ± 75 %, but not growing. */
    private final Journal jittered = journal(serverError(1, 0), serverError(2, 152), serverError(3, 314), ok(4, 486));

    @Test
    void aLinearBackoffFailsIsExponentialAtSeventyFivePercentOnTheRatioOfItsWaits() {
        assertThatThrownBy(() -> assertThat(linear).backoff().isExponential(ofMillis(250), 2.0, 0.75))
                .hasMessageContaining("#4 waited 750.0 ms, 1.50× the 500.0 ms #3 waited; expected 2.00× (1.60× to 2.50×)")
                .hasMessageContaining("250.0 ms, 500.0 ms, 750.0 ms (each to the one before: 2.00×, 1.50×)")
                .hasMessageContaining("Fix: the waits grow linearly (each about 250.0 ms longer than the one before)")
                .hasMessageNotContaining("these waits were off");
    }

    @Test
    void aLinearBackoffPassesIsLinearAndExponentialWaitsFailIt() {
        assertThat(linear).backoff().isLinear(ofMillis(250), ofMillis(250), 0.1);

        assertThatThrownBy(() -> assertThat(exponential).backoff().isLinear(ofMillis(100), ofMillis(100), 0.5))
                .hasMessageContaining("Expecting the client to back off linearly: the n-th retry in a row waits"
                        + " 100.0 ms + (n-1) × 100.0 ms ± 50%, and each wait is 100.0 ms longer than the one before (± 25%)")
                .hasMessageContaining("#4 waited 400.0 ms, 2.00× the 200.0 ms #3 waited; expected 1.50× (1.20× to 1.88×)")
                .hasMessageContaining("Fix: the waits grow exponentially (each about 2.00× the one before)");
    }

    @Test
    void constantWaitsPassIsConstantAndFailIsExponentialWithTheFix() {
        Journal constant = journal(serverError(1, 0), serverError(2, 102), serverError(3, 204), ok(4, 306));

        assertThat(constant).backoff().isConstant(ofMillis(100), 0.1);
        assertThatThrownBy(() -> assertThat(constant).backoff().isExponential(ofMillis(100), 2.0, 0.75))
                .hasMessageContaining("Fix: the waits do not grow (each is about as long as the one before): if the"
                        + " client means that, assert isConstant(Duration, double)");
        assertThatThrownBy(() -> assertThat(exponential).backoff().isConstant(ofMillis(200), 0.75))
                .hasMessageContaining("#3 waited 200.0 ms, 2.00× the 100.0 ms #2 waited; expected 1.00× (0.80× to 1.25×)");
    }

    @Test
    void jitteredWaitsThatDoNotGrowFailIsExponentialThoughEachIsInItsRange() {
        assertThatThrownBy(() -> assertThat(jittered).backoff().isExponential(ofMillis(100), 2.0, 0.75))
                .hasMessageContaining(text("""
                        but these waits did not grow as the rule says:
                          #3 waited 160.0 ms, 1.07× the 150.0 ms #2 waited; expected 2.00× (1.60× to 2.50×)
                          #4 waited 170.0 ms, 1.06× the 160.0 ms #3 waited; expected 2.00× (1.60× to 2.50×)
                        Waits found:
                          number 106540352242922 after #1: 150.0 ms, 160.0 ms, 170.0 ms (each to the one before: 1.07×, 1.06×)
                        Fix: the waits do not grow"""));
    }

    @Test
    void theSlackAllowsTheClientsOwnWorkOnTopOfEachWait() {
        Journal cold = journal(serverError(1, 0), serverError(2, 162), serverError(3, 369), ok(4, 776));

        assertThatThrownBy(() -> assertThat(cold).backoff().isExponential(ofMillis(100), 2.0, 0.5))
                .hasMessageContaining("#2 waited 160.0 ms after #1 (500 code 2); expected 100.0 ms (50.0 ms to 150.0 ms)")
                .hasMessageContaining("#3 waited 205.0 ms, 1.28× the 160.0 ms #2 waited");
        assertThat(cold).backoff().withSlack(ofMillis(50)).isExponential(ofMillis(100), 2.0, 0.5);
    }

    @Test
    void theSlackOnlyLengthensAWaitSoRetryingAtOnceStillFails() {
        Journal immediate = journal(serverError(1, 0), serverError(2, 3), ok(3, 6));

        assertThatThrownBy(() -> assertThat(immediate).backoff().withSlack(ofMillis(100)).isExponential(ofMillis(100), 2.0, 0.5))
                .hasMessageContaining("± 50% (+ up to 100.0 ms of slack), and each wait is 2× the one before (± 25%)")
                .hasMessageContaining("#2 waited 1.0 ms after #1 (500 code 2); expected 100.0 ms (50.0 ms to 250.0 ms)");
    }

    @Test
    void aFirstWaitTooLongAloneIsReadAsAColdStart() {
        Journal firstTest = journal(serverError(1, 0), serverError(2, 255), serverError(3, 459), ok(4, 863));

        assertThatThrownBy(() -> assertThat(firstTest).backoff().isExponential(ofMillis(100), 2.0, 0.75))
                .hasMessageContaining("#2 waited 253.0 ms after #1 (500 code 2); expected 100.0 ms (25.0 ms to 175.0 ms)")
                .hasMessageContaining("Only the first wait is too long: in a JVM's first test the client's first error"
                        + " handling runs cold (class loading, JIT) and that counts as waiting; see \"Reading a timing"
                        + " failure\" in docs/assertions.md");
    }

    @Test
    void waitsTheServerSetAreLeftOutOfTheShape() {
        Journal withRetryAfter = journal(serverError(1, 0), Requests.rateLimited(2, 102).responseHeader("Retry-After", "1"),
                serverError(3, 1104), ok(4, 1506));

        assertThat(withRetryAfter).backoff().isExponential(ofMillis(100), 2.0, 0.1).honoursRetryAfter();
    }
}
