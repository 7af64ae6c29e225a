package dev.wamock.assertions.demo;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.demo.DemoServer.NUMBER;
import static dev.wamock.assertions.demo.DemoServer.URL_OF_NUMBER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code token-expires-mid-run} (three 200s, then 401 code 190/463 for good) and {@code http-401}:
 * retrying cannot fix an expired token, so the client that never retries is right here too.
 */
class ExpiredTokenDemoTest {
    private WamockServer server;

    @BeforeEach
    void start() {
        server = DemoServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The application polls the number four times; the token expires before the fourth poll. */
    private void pollFourTimes(AccountNumberClient client) {
        server.use("token-expires-mid-run");
        for (int i = 0; i < 4; i++) {
            client.fetch(NUMBER);
        }
    }

    private void verifyStopsOnTheExpiredToken() {
        assertThat(server).retriedOnlyTransientErrors().didNotRetryAfterCode(190).didNotRetryAfter(401)
                .requestsWithStatus(401).hasSize(1);
    }

    @Test
    void theBackoffClientStopsWhenTheTokenExpires() {
        pollFourTimes(DemoServer.correct(server, 5));

        verifyStopsOnTheExpiredToken();
    }

    @Test
    void theClientThatNeverRetriesIsRightToStopToo() {
        pollFourTimes(DemoServer.neverRetries(server));

        verifyStopsOnTheExpiredToken();
    }

    @Test
    void theClientThatRetriesEverythingRepeatsTheExpiredToken() {
        pollFourTimes(DemoServer.retriesEverything(server, 3));

        assertThatThrownBy(this::verifyStopsOnTheExpiredToken)
                .hasMessageContaining("Expecting the client to retry only transient errors")
                .hasMessageContaining("a request answered 400, 401, 403, 404 or 422 without it must not be repeated as is")
                .hasMessageContaining("#5 after #4 was answered 401 code 190/463")
                .hasMessageContaining("Journal:")
                .hasMessageContaining("#5 " + URL_OF_NUMBER + " → 401 code 190/463 [token-expires-mid-run step 1]  ← retry of #4");
    }

    @Test
    void onHttp401TheBackoffClientMakesOneAttempt() {
        server.use("http-401");
        DemoServer.correct(server, 5).fetch(NUMBER);

        assertThat(server).gaveUpAfter(1).retriedOnlyTransientErrors();
    }

    @Test
    void onHttp401TheClientThatNeverRetriesMakesOneAttemptToo() {
        server.use("http-401");
        DemoServer.neverRetries(server).fetch(NUMBER);

        assertThat(server).gaveUpAfter(1).retriedOnlyTransientErrors();
    }

    @Test
    void onHttp401TheClientThatRetriesEverythingGivesUpTooLate() {
        server.use("http-401");
        DemoServer.retriesEverything(server, 3).fetch(NUMBER);

        assertThatThrownBy(() -> assertThat(server).gaveUpAfter(1).retriedOnlyTransientErrors())
                .hasMessageContaining("Expecting the client to give up on number " + NUMBER + " after:")
                .hasMessageContaining("but it made 3 attempts")
                .hasMessageContaining("Journal:")
                .hasMessageContaining("#2 " + URL_OF_NUMBER + " → 401 code 190/463 [http-401 step 0]  ← attempt 2");
    }
}
