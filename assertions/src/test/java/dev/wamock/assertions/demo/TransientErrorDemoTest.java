package dev.wamock.assertions.demo;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.demo.DemoServer.NUMBER;
import static dev.wamock.assertions.demo.DemoServer.URL_OF_NUMBER;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code transient-then-ok}: two 500s (code 2, is_transient), then 200s. The clients wait in real time here,
 * so the backoff check allows a slack for the machine (see the other demos for waits on the manual clock).
 */
class TransientErrorDemoTest {
    private WamockServer server;

    @BeforeEach
    void start() {
        server = DemoServer.start();
        server.use("transient-then-ok");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** What a good client does here: retries the 500s, with exponential backoff, and gets its 200. */
    private void verifyRetriesWell() {
        verifyRetries();
        assertThat(server).backoff().withSlack(ofMillis(200)).isExponential(ofMillis(100), 2.0, 0.75);
    }

    /** The same without the backoff's shape, which is a time (±75 % of 100 ms, then 200 ms). */
    private void verifyRetries() {
        assertThat(server).everyRequestHasBearerToken().everyRequestUsesVersion("v23.0").everyRequestHasUserAgent()
                .retriedOnlyTransientErrors().eventuallySucceeded().backoff().honoursRetryAfter();
    }

    @Test
    void theBackoffClientRetriesTheTransientErrorsAndSucceeds() {
        DemoServer.correct(server, 5).fetch(NUMBER);

        verifyRetries();
        assertThat(server).hasRequestCount(3).requests().last().hasHttpStatus(200);
    }

    /** Stress: ±75 % of 100 ms, then 200 ms, is a bound a loaded machine can break by itself. */
    @Test
    @Tag("stress")
    void theBackoffClientRetriesTheTransientErrorsWithExponentialBackoff() {
        DemoServer.correct(server, 5).fetch(NUMBER);

        verifyRetriesWell();
    }

    /** Stress: the failure needs the client's at-once retries to come within 25 ms, which a loaded machine can miss. */
    @Test
    @Tag("stress")
    void theClientThatRetriesEverythingAtOnceFailsTheBackoffRule() {
        DemoServer.retriesEverything(server, 5).fetch(NUMBER);

        assertThatThrownBy(this::verifyRetriesWell)
                .hasMessageContaining("Expecting the client to back off exponentially: the n-th retry in a row waits"
                        + " 100.0 ms × 2^(n-1) ± 75% (+ up to 200.0 ms of slack), and each wait is 2× the one before (± 25%)")
                .hasMessageContaining(" waited ")
                .hasMessageContaining("Journal:")
                .hasMessageContaining("#2 " + URL_OF_NUMBER + " → 500 code 2 [transient-then-ok step 0]");
    }

    @Test
    void theClientThatNeverRetriesStopsOnATransientError() {
        DemoServer.neverRetries(server).fetch(NUMBER);

        assertThatThrownBy(this::verifyRetriesWell)
                .hasMessageContaining("Expecting the client to end with a 2xx answer for every number it asked for")
                .hasMessageContaining("which is transient: retry it, with backoff")
                .hasMessageContaining("Journal:")
                .hasMessageContaining("#1 " + URL_OF_NUMBER + " → 500 code 2 [transient-then-ok step 0]  ← last attempt");
    }
}
