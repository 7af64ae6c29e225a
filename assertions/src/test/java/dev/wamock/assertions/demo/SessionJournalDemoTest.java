package dev.wamock.assertions.demo;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.demo.DemoServer.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journal assertions on one session of a shared server ({@code server.session(id)}, as a test in url mode or on a
 * container session has it): they read that session's journal and clock alone, while the server's default session
 * and another session answer other clients meanwhile.
 */
class SessionJournalDemoTest {
    private static final Scenario ONE_PER_MINUTE = Scenario.of("one-call-per-minute",
            Step.rateLimit(new Answer.RateLimit(1, null, Duration.ofMinutes(1), true)));
    private WamockServer server;
    private WamockControl session;

    @BeforeEach
    void start() {
        server = DemoServer.start();
        session = server.session("retry-story-1");
        server.use("http-500");
        WamockControl neighbour = server.session("neighbour-2");
        neighbour.use("http-429");
        DemoServer.retriesEverything(server, 3).fetch(NUMBER);
        new RetryEverythingClient(neighbour.baseUrl(), "fake-token-1234", 2).fetch(NUMBER);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRetryAfterStoryInASessionIsJudgedOnItsOwnRequestsAndItsOwnClock() {
        session.use(ONE_PER_MINUTE);
        session.clock().manual();
        AccountNumberClient client = new BackoffClient(session.baseUrl(), "fake-token-1234", Duration.ofMillis(100), 2.0,
                3, session.clock().sleeper());

        client.fetch(NUMBER);
        client.fetch(NUMBER);

        assertThat(session).hasRequestCount(3).eventuallySucceeded().retriedOnlyTransientErrors()
                .backoff().honoursRetryAfter();
        assertThat(session.journal()).requestsWithStatus(429).hasSize(1);
        assertThat(server).as("the default session's own client").hasRequestCount(3).gaveUpAfter(3);
    }

    @Test
    void aFailedAssertionOnASessionShowsItsTimelineAlone() {
        session.use("transient-then-ok");
        new NeverRetryClient(session.baseUrl(), "fake-token-1234").fetch(NUMBER);

        assertThatThrownBy(() -> assertThat(session).eventuallySucceeded())
                .hasMessageContaining("#1 GET /v23.0/" + NUMBER)
                .hasMessageContaining("[transient-then-ok step 0]")
                .hasMessageNotContaining("#2 GET")
                .hasMessageNotContaining("http-500");
    }
}
