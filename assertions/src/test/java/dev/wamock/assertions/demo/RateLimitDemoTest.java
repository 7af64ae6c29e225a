package dev.wamock.assertions.demo;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.demo.DemoServer.NUMBER;
import static dev.wamock.assertions.demo.DemoServer.URL_OF_NUMBER;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code rate-limited-then-ok}: two 429s (code 4, subcode 2446079, is_transient), then 200s. The server's
 * clock is manual and the backoff client sleeps on it ({@code clock().sleeper()}): no real waiting, exact waits.
 */
class RateLimitDemoTest {
    private WamockServer server;

    @BeforeEach
    void start() {
        server = DemoServer.start();
        server.use("rate-limited-then-ok");
        server.clock().manual();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** What a good client does here: backs off at least 50 ms until the limit lifts. */
    private void verifyBacksOff() {
        assertThat(server).retriedOnlyTransientErrors().eventuallySucceeded().maxConcurrency(1)
                .backoff().isAtLeast(ofMillis(50)).honoursRetryAfter().waitedForRegainAccess();
    }

    @Test
    void theBackoffClientWaitsOutTheRateLimit() {
        DemoServer.correct(server, 5).fetch(NUMBER);

        verifyBacksOff();
        assertThat(server).requests().extracting(JournalEntry::status).containsExactly(429, 429, 200);
    }

    /** Stress: ±75 % of 100, 200, 400 ms is a bound a loaded machine can break by itself. */
    @Test
    @Tag("stress")
    void theBackoffClientWaitsLongerEachTime() {
        DemoServer.correct(server, 5).fetch(NUMBER);

        verifyBacksOff();
        assertThat(server).backoff().isExponential(ofMillis(100), 2.0, 0.75);
    }

    /** Stress: the failure needs the client's at-once retries to come within 50 ms, which a loaded machine can miss. */
    @Test
    @Tag("stress")
    void theClientThatRetriesEverythingAtOnceHammersTheLimit() {
        DemoServer.retriesEverything(server, 5).fetch(NUMBER);

        assertThatThrownBy(this::verifyBacksOff)
                .hasMessageContaining("Expecting every retry to wait at least 50.0 ms after the failed answer")
                .hasMessageContaining("after #1 (429 code 4/2446079)")
                .hasMessageContaining("Journal:")
                .hasMessageContaining("#2 " + URL_OF_NUMBER + " → 429 code 4/2446079 [rate-limited-then-ok step 0]  ← too soon");
    }

    @Test
    void theClientThatNeverRetriesGivesUpOnTheFirst429() {
        DemoServer.neverRetries(server).fetch(NUMBER);

        assertThatThrownBy(this::verifyBacksOff)
                .hasMessageContaining("Expecting the client to end with a 2xx answer for every number it asked for")
                .hasMessageContaining("the last request #1 was answered 429 code 4/2446079, which is transient")
                .hasMessageContaining("#1 " + URL_OF_NUMBER + " → 429 code 4/2446079 [rate-limited-then-ok step 0]  ← last attempt");
    }
}
