package dev.wamock.assertions.demo;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.demo.DemoServer.NUMBER;
import static dev.wamock.assertions.demo.DemoServer.OTHER_NUMBER;
import static dev.wamock.assertions.demo.DemoServer.URL_OF_NUMBER;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.ErrorSpec;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A scenario written with the Java DSL: one number is down (503, is_transient) longer than a retry budget of 3.
 * The backoff client sleeps on the server's manual clock.
 */
class OutageScenarioDemoTest {
    private static final Scenario OUTAGE = Scenario.named("outage-503")
            .describedAs("Five 503s for one number, the others answer normally")
            .then(Step.error(new ErrorSpec(null, 503, 2, null, "GraphMethodException", "Service temporarily unavailable",
                    true, null, null)).forNumber(NUMBER).times(5).label("outage"))
            .then(Step.passThrough())
            .build();
    private WamockServer server;

    @BeforeEach
    void start() {
        server = DemoServer.start();
        server.use(OUTAGE);
        server.clock().manual();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void fetchBoth(AccountNumberClient client) {
        client.fetch(NUMBER);
        client.fetch(OTHER_NUMBER);
    }

    /** What a good client does here: three attempts for the broken number, then moves on. */
    private void verifyRetryBudget() {
        assertThat(server).retriedOnlyTransientErrors().maxConcurrency(1).everyRequestRequestsFields("id", "status",
                "quality_rating");
        assertThat(server).forNumber(NUMBER).gaveUpAfter(3);
        assertThat(server).forNumber(OTHER_NUMBER).hasRequestCount(1).eventuallySucceeded();
    }

    @Test
    void theBackoffClientSpendsItsBudgetOfThreeAttempts() {
        fetchBoth(DemoServer.correct(server, 3));

        verifyRetryBudget();
    }

    /** Stress: ±75 % of 100 ms, then 200 ms, is a bound a loaded machine can break by itself. */
    @Test
    @Tag("stress")
    void theBackoffClientSpendsItsBudgetOfThreeAttemptsWithExponentialBackoff() {
        fetchBoth(DemoServer.correct(server, 3));

        verifyRetryBudget();
        assertThat(server).forNumber(NUMBER).backoff().isExponential(ofMillis(100), 2.0, 0.75);
    }

    @Test
    void theClientThatRetriesEverythingBlowsTheBudget() {
        fetchBoth(DemoServer.retriesEverything(server, 5));

        assertThatThrownBy(this::verifyRetryBudget)
                .hasMessageContaining("Expecting the client to give up on number " + NUMBER + " after:")
                .hasMessageContaining("but it made 5 attempts")
                .hasMessageContaining("Journal:")
                .hasMessageContaining("#4 " + URL_OF_NUMBER + " → 503 code 2 [outage-503 step 0]  ← attempt 4")
                .hasMessageContaining("#6 GET /v23.0/" + OTHER_NUMBER + "?fields=" + AccountNumberClient.FIELDS
                        + " → 200 [outage-503 step 1]");
    }

    @Test
    void theClientThatNeverRetriesGivesUpAtOnce() {
        fetchBoth(DemoServer.neverRetries(server));

        assertThatThrownBy(this::verifyRetryBudget)
                .hasMessageContaining("Expecting the client to give up on number " + NUMBER + " after:")
                .hasMessageContaining("but it made 1 attempt")
                .hasMessageContaining("#1 " + URL_OF_NUMBER + " → 503 code 2 [outage-503 step 0]");
    }
}
