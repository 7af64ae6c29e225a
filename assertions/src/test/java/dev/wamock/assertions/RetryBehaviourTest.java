package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Requests.OTHER_NUMBER;
import static dev.wamock.assertions.Requests.expiredToken;
import static dev.wamock.assertions.Requests.journal;
import static dev.wamock.assertions.Requests.ok;
import static dev.wamock.assertions.Requests.rateLimited;
import static dev.wamock.assertions.Requests.request;
import static dev.wamock.assertions.Requests.serverError;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import org.junit.jupiter.api.Test;

/** Which answers a client retried, when it gave up, and whether it ended well. */
class RetryBehaviourTest {
    private final Journal transientThenOk = journal(serverError(1, 0), rateLimited(2, 100),
            request(3, 300).fault("reset"), ok(4, 700));
    private final Journal retriedExpiredToken = journal(ok(1, 0), expiredToken(2, 50), expiredToken(3, 51),
            expiredToken(4, 52));

    @Test
    void retryingTransientAnswersAndFaultsIsFine() {
        assertThat(transientThenOk).retriedOnlyTransientErrors().didNotRetryAfter(401).didNotRetryAfterCode(190)
                .eventuallySucceeded();
    }

    @Test
    void repeatingARequestAfterAPermanentErrorIsAForbiddenRetry() {
        assertThatThrownBy(() -> assertThat(retriedExpiredToken).retriedOnlyTransientErrors())
                .hasMessage(text("""

                        Expecting the client to retry only transient errors: 5xx, 429, is_transient: true and connection faults (is_transient: true wins over the status: a 400 with it may be retried); a request answered 400, 401, 403, 404 or 422 without it must not be repeated as is (fix the request, token or permission instead)
                        but it repeated:
                          #3 after #2 was answered 401 code 190/463
                          #4 after #3 was answered 401 code 190/463
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 200
                             +50.0 ms  #2 GET /v23.0/106540352242922 → 401 code 190/463
                             +51.0 ms  #3 GET /v23.0/106540352242922 → 401 code 190/463  ← retry of #2
                             +52.0 ms  #4 GET /v23.0/106540352242922 → 401 code 190/463  ← retry of #3"""));
    }

    @Test
    void isTransientTrueWinsOverTheStatusAndFalseDoesNotMakeA5xxPermanent() {
        Journal observedRateLimit = journal(request(1, 0).answered(400, 4, 2446079, true), ok(2, 100));
        Journal falseOn500 = journal(request(1, 0).answered(500, 1, null, false), ok(2, 100));
        Journal plain400 = journal(request(1, 0).answered(400, 100, null, null), ok(2, 100));

        assertThat(observedRateLimit).retriedOnlyTransientErrors();
        assertThat(falseOn500).retriedOnlyTransientErrors();
        assertThatThrownBy(() -> assertThat(plain400).retriedOnlyTransientErrors())
                .hasMessageContaining("(is_transient: true wins over the status: a 400 with it may be retried)")
                .hasMessageContaining("#2 after #1 was answered 400 code 100");
    }

    @Test
    void aChangedRequestAfterAPermanentErrorIsNoRetry() {
        Journal fixed = journal(expiredToken(1, 0), ok(2, 10).bearer("fake-token-9876"),
                request(3, 20).fields("colour").answered(422, 100, null, null), ok(4, 30).fields("status"),
                request(5, 40).answered(404, 803, null, null), ok(6, 50).number(OTHER_NUMBER));

        assertThat(fixed).retriedOnlyTransientErrors().didNotRetryAfter(401).didNotRetryAfterCode(100);
    }

    @Test
    void didNotRetryAfterAStatusFailsOnARepeat() {
        assertThatThrownBy(() -> assertThat(transientThenOk).didNotRetryAfter(429))
                .hasMessage(text("""

                        Expecting the client not to repeat a request answered with HTTP 429
                        but it repeated:
                          #3 after #2 was answered 429 code 4/2446079
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 500 code 2
                            +100.0 ms  #2 GET /v23.0/106540352242922 → 429 code 4/2446079
                            +300.0 ms  #3 GET /v23.0/106540352242922 → reset  ← retry of #2
                            +700.0 ms  #4 GET /v23.0/106540352242922 → 200"""));
    }

    @Test
    void didNotRetryAfterACodeFailsOnARepeat() {
        assertThatThrownBy(() -> assertThat(retriedExpiredToken).didNotRetryAfterCode(190))
                .hasMessageStartingWith(text("""

                        Expecting the client not to repeat a request answered with Graph code 190
                        but it repeated:
                          #3 after #2 was answered 401 code 190/463
                          #4 after #3 was answered 401 code 190/463
                        Journal:"""));
    }

    @Test
    void gaveUpAfterCountsTheFailedAttemptsOfEachNumber() {
        Journal gaveUp = journal(serverError(1, 0), serverError(2, 100), ok(3, 150).number(OTHER_NUMBER),
                serverError(4, 300));

        assertThat(gaveUp).forNumber(Requests.NUMBER).gaveUpAfter(3);
        assertThatThrownBy(() -> assertThat(gaveUp).forNumber(Requests.NUMBER).gaveUpAfter(2))
                .hasMessage(text("""

                        Expecting the client to give up on number 106540352242922 after:
                          2 failed attempts
                        but it made 3 attempts
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 500 code 2
                            +100.0 ms  #2 GET /v23.0/106540352242922 → 500 code 2
                            +150.0 ms  #3 GET /v23.0/106540352242923 → 200
                            +300.0 ms  #4 GET /v23.0/106540352242922 → 500 code 2  ← attempt 3"""));
    }

    @Test
    void aClientThatSucceededDidNotGiveUp() {
        assertThatThrownBy(() -> assertThat(transientThenOk).gaveUpAfter(4))
                .hasMessageContaining(text("""
                        after:
                          4 failed attempts
                        but its last attempt #4 succeeded (200), so it did not give up
                        Journal:"""));
        assertThatThrownBy(() -> assertThat(Journal.empty()).gaveUpAfter(1))
                .hasMessageContaining("but it sent no requests");
    }

    @Test
    void stoppingOnATransientErrorFailsEventuallySucceededWithTheFix() {
        Journal stopped = journal(serverError(1, 0), ok(2, 10).number(OTHER_NUMBER), expiredToken(3, 20).number("555"));

        assertThatThrownBy(() -> assertThat(stopped).eventuallySucceeded())
                .hasMessage(text("""

                        Expecting the client to end with a 2xx answer for every number it asked for
                        but it stopped on failures:
                          number 106540352242922: the last request #1 was answered 500 code 2, which is transient: retry it, with backoff
                          number 555: the last request #3 was answered 401 code 190/463, which is not transient: retrying cannot help, the request must change
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 500 code 2  ← last attempt
                             +10.0 ms  #2 GET /v23.0/106540352242923 → 200
                             +20.0 ms  #3 GET /v23.0/555 → 401 code 190/463  ← last attempt"""));
    }
}
