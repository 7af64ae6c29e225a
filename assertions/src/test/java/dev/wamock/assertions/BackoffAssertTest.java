package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Requests.journal;
import static dev.wamock.assertions.Requests.ok;
import static dev.wamock.assertions.Requests.rateLimited;
import static dev.wamock.assertions.Requests.serverError;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import org.junit.jupiter.api.Test;

/**
 * Waits between a failed answer and the next request for the number, on the server's clock. Every
 * answer in these journals takes 2 ms, so a request at +102 ms waited 100 ms after one at +0 ms.
 */
class BackoffAssertTest {
    private static final String USAGE = "{\"102290129340398\":[{\"type\":\"whatsapp\",\"call_count\":100,"
            + "\"estimated_time_to_regain_access\":1}]}";
    private final Journal exponential = journal(serverError(1, 0), serverError(2, 102), serverError(3, 304), ok(4, 706));
    private final Journal immediate = journal(serverError(1, 0), serverError(2, 3), ok(3, 6));

    @Test
    void waitsOf100Then200Then400AreExponential() {
        assertThat(exponential).backoff().isExponential(ofMillis(100), 2.0, 0.1).isAtLeast(ofMillis(100));
    }

    @Test
    void theCountStartsAgainAfterASuccess() {
        Journal twoRuns = journal(serverError(1, 0), ok(2, 102), serverError(3, 500), ok(4, 602));

        assertThat(twoRuns).backoff().isExponential(ofMillis(100), 2.0, 0.1);
    }

    @Test
    void immediateRetriesAreNotExponential() {
        assertThatThrownBy(() -> assertThat(immediate).backoff().isExponential(ofMillis(100), 2.0, 0.5))
                .hasMessage(text("""

                        Expecting the client to back off exponentially: the n-th retry in a row waits 100.0 ms × 2^(n-1) ± 50%, and each wait is 2× the one before (± 25%)
                          (a wait runs from the end of the failed answer to the next request for the number; waits the server set with retry-after or estimated_time_to_regain_access are not counted)
                        but these waits were off:
                          #2 waited 1.0 ms after #1 (500 code 2); expected 100.0 ms (50.0 ms to 150.0 ms)
                          #3 waited 1.0 ms after #2 (500 code 2); expected 200.0 ms (100.0 ms to 300.0 ms)
                        and these waits did not grow as the rule says:
                          #3 waited 1.0 ms, 1.00× the 1.0 ms #2 waited; expected 2.00× (1.60× to 2.50×)
                        Waits found:
                          number 106540352242922 after #1: 1.0 ms, 1.0 ms (each to the one before: 1.00×)
                        Fix: every retry came sooner than the rule allows: make the client wait before each retry, as the rule says
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 500 code 2
                              +3.0 ms  #2 GET /v23.0/106540352242922 → 500 code 2  ← waited 1.0 ms
                              +6.0 ms  #3 GET /v23.0/106540352242922 → 200  ← waited 1.0 ms, 1.00× the wait before"""));
    }

    @Test
    void aConstantWaitIsNotExponentialEither() {
        Journal constant = journal(serverError(1, 0), serverError(2, 102), serverError(3, 204), ok(4, 306));

        assertThatThrownBy(() -> assertThat(constant).backoff().isExponential(ofMillis(100), 2.0, 0.25))
                .hasMessageContaining(text("""
                        but these waits were off:
                          #3 waited 100.0 ms after #2 (500 code 2); expected 200.0 ms (150.0 ms to 250.0 ms)
                          #4 waited 100.0 ms after #3 (500 code 2); expected 400.0 ms (300.0 ms to 500.0 ms)
                        and these waits did not grow as the rule says:
                          #3 waited 100.0 ms, 1.00× the 100.0 ms #2 waited; expected 2.00× (1.60× to 2.50×)
                          #4 waited 100.0 ms, 1.00× the 100.0 ms #3 waited; expected 2.00× (1.60× to 2.50×)
                        """));
    }

    @Test
    void aWaitRunsFromTheEndOfTheFailedAnswerSoADelayedAnswerDoesNotCount() {
        Journal delayed = journal(serverError(1, 0).latency(900), serverError(2, 1000), ok(3, 1202));

        assertThat(delayed).backoff().isExponential(ofMillis(100), 2.0, 0.05);
    }

    @Test
    void aClientThatNeverRetriedShowsNoBackoff() {
        assertThatThrownBy(() -> assertThat(journal(serverError(1, 0))).backoff().isExponential(ofMillis(100), 2.0, 0.5))
                .hasMessageEndingWith(text("""
                        but it never retried (no request followed a failed answer for the same number)
                        Waits found:
                          (none)
                        Fix: retry transient failures (5xx, 429, is_transient, connection faults), waiting as the rule says
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 500 code 2"""));
    }

    @Test
    void nonsenseParametersAreAMistakeInTheTest() {
        assertThatThrownBy(() -> assertThat(exponential).backoff().isExponential(ofMillis(100), 0.5, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("need factor >= 1 but got 0.5");
        assertThatThrownBy(() -> assertThat(exponential).backoff().isExponential(ofMillis(0), 2.0, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("need initial > 0 but got PT0S");
        assertThatThrownBy(() -> assertThat(exponential).backoff().isConstant(ofMillis(100), 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need 0 <= tolerance < 1 (a fraction of the expected wait, 0.5 = ±50%) but got 1.0");
        assertThatThrownBy(() -> assertThat(exponential).backoff().isLinear(ofMillis(100), ofMillis(-1), 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("need step >= 0 but got PT-0.001S");
        assertThatThrownBy(() -> assertThat(exponential).backoff().withSlack(ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("need slack >= 0 but got PT-0.001S");
    }

    @Test
    void retriesSoonerThanAMinimumFailIsAtLeast() {
        assertThatThrownBy(() -> assertThat(immediate).backoff().isAtLeast(ofMillis(50)))
                .hasMessage(text("""

                        Expecting every retry to wait at least 50.0 ms after the failed answer
                        but these came sooner:
                          #2 waited 1.0 ms after #1 (500 code 2)
                          #3 waited 1.0 ms after #2 (500 code 2)
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 500 code 2
                              +3.0 ms  #2 GET /v23.0/106540352242922 → 500 code 2  ← too soon
                              +6.0 ms  #3 GET /v23.0/106540352242922 → 200  ← too soon"""));
    }

    @Test
    void waitingOutRetryAfterInSecondsOrAsADateHonoursIt() {
        Journal seconds = journal(rateLimited(1, 0).responseHeader("retry-after", "2"), ok(2, 2002));
        Journal date = journal(rateLimited(1, 0).responseHeader("retry-after", "Thu, 01 Jan 2026 10:00:03 GMT"), ok(2, 3002));

        assertThat(seconds).backoff().honoursRetryAfter().isExponential(ofMillis(100), 2.0, 0.1);
        assertThat(date).backoff().honoursRetryAfter();
        assertThatThrownBy(() -> assertThat(journal(rateLimited(1, 0).responseHeader("retry-after",
                "Thu, 01 Jan 2026 10:00:03 GMT"), ok(2, 1002))).backoff().honoursRetryAfter())
                .hasMessageContaining("#2 waited 1000.0 ms after #1 (429 code 4/2446079), which asked for retry-after:"
                        + " Thu, 01 Jan 2026 10:00:03 GMT (3000.0 ms)");
    }

    @Test
    void comingBackBeforeRetryAfterFailsWithWhatTheServerAskedFor() {
        Journal early = journal(rateLimited(1, 0).responseHeader("retry-after", "2"), ok(2, 502));

        assertThatThrownBy(() -> assertThat(early).backoff().honoursRetryAfter())
                .hasMessage(text("""

                        Expecting the client to honour Retry-After: wait at least the retry-after response header's time before its next request for the number
                        but these came sooner:
                          #2 waited 500.0 ms after #1 (429 code 4/2446079), which asked for retry-after: 2 (2000.0 ms)
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 429 code 4/2446079
                            +502.0 ms  #2 GET /v23.0/106540352242922 → 200  ← too soon"""));
    }

    @Test
    void waitingOutEstimatedTimeToRegainAccessPasses() {
        Journal patient = journal(rateLimited(1, 0).responseHeader("x-business-use-case-usage", USAGE), ok(2, 60_002));
        Journal nothingToWait = journal(rateLimited(1, 0).responseHeader("x-business-use-case-usage",
                USAGE.replace(":1}", ":0}")), ok(2, 10));

        assertThat(patient).backoff().waitedForRegainAccess();
        assertThat(nothingToWait).backoff().waitedForRegainAccess();
    }

    @Test
    void comingBackBeforeRegainingAccessFails() {
        Journal early = journal(rateLimited(1, 0).responseHeader("x-business-use-case-usage", USAGE), ok(2, 30_002));

        assertThatThrownBy(() -> assertThat(early).backoff().waitedForRegainAccess())
                .hasMessage(text("""

                        Expecting the client to wait out estimated_time_to_regain_access (minutes, in the x-business-use-case-usage response header) before its next request for the number
                        but these came sooner:
                          #2 waited 30000.0 ms after #1 (429 code 4/2446079), which asked to regain access in 1 min (60000.0 ms)
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 429 code 4/2446079
                          +30002.0 ms  #2 GET /v23.0/106540352242922 → 200  ← too soon"""));
    }
}
