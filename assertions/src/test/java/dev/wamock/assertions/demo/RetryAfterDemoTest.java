package dev.wamock.assertions.demo;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.demo.DemoServer.NUMBER;
import static dev.wamock.assertions.demo.DemoServer.URL_OF_NUMBER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rate limit written with the Java DSL: one call per 1-second window, with {@code Retry-After} on the
 * 429s. The application fetches the number twice in a row, so the second fetch meets the limit. The server's
 * clock is manual and the backoff client sleeps on it ({@code clock().sleeper()}): its one-second wait takes no
 * real time, moves the window on, and {@code honoursRetryAfter()} reads it on the scenario clock.
 */
class RetryAfterDemoTest {
    private static final Scenario ONE_PER_SECOND = Scenario.of("one-call-per-second",
            Step.rateLimit(new Answer.RateLimit(1, null, Duration.ofSeconds(1), true)));
    private WamockServer server;

    @BeforeEach
    void start() {
        server = DemoServer.start();
        server.use(ONE_PER_SECOND);
        server.clock().manual();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void fetchTwice(AccountNumberClient client) {
        client.fetch(NUMBER);
        client.fetch(NUMBER);
    }

    /**
     * What a good client does here: waits the Retry-After second, then gets its 200. (The usage header's
     * estimated_time_to_regain_access says 1 minute, Graph's whole-minute rounding of the same window.)
     */
    private void verifyHonoursRetryAfter() {
        assertThat(server).backoff().honoursRetryAfter();
        assertThat(server).retriedOnlyTransientErrors().eventuallySucceeded();
    }

    @Test
    void theBackoffClientWaitsTheSecondRetryAfterAsksFor() {
        fetchTwice(DemoServer.correct(server, 5));

        verifyHonoursRetryAfter();
        assertThat(server).hasRequestCount(3).requestsWithStatus(429).singleElement().hasHttpStatus(429);
    }

    @Test
    void theClientThatRetriesEverythingAtOnceIgnoresRetryAfter() {
        fetchTwice(DemoServer.retriesEverything(server, 3));

        assertThatThrownBy(this::verifyHonoursRetryAfter)
                .hasMessageContaining("Expecting the client to honour Retry-After: wait at least the retry-after"
                        + " response header's time before its next request for the number")
                .hasMessageContaining("after #2 (429 code 4/2446079), which asked for retry-after: 1 (1000.0 ms)")
                .hasMessageContaining("Journal:")
                .hasMessageContaining("#3 " + URL_OF_NUMBER + " → 429 code 4/2446079 [one-call-per-second step 0]  ← too soon");
    }

    @Test
    void theClientThatNeverRetriesGivesUpOnTheRateLimit() {
        fetchTwice(DemoServer.neverRetries(server));

        assertThatThrownBy(this::verifyHonoursRetryAfter)
                .hasMessageContaining("Expecting the client to end with a 2xx answer for every number it asked for")
                .hasMessageContaining("the last request #2 was answered 429 code 4/2446079, which is transient")
                .hasMessageContaining("#2 " + URL_OF_NUMBER + " → 429 code 4/2446079 [one-call-per-second step 0]  ← last attempt");
    }
}
