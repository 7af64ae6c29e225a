package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Requests.expiredToken;
import static dev.wamock.assertions.Requests.journal;
import static dev.wamock.assertions.Requests.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.NumberStatus;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every assertion, navigation included, collects its failure instead of throwing it. */
class SoftAssertionsTest {
    private final Journal retried = journal(ok(1, 0), expiredToken(2, 50), expiredToken(3, 51));

    @Test
    void failuresOfEveryKindAreCollectedAndTheRestStillRuns() {
        WamockSoftAssertions softly = new WamockSoftAssertions();

        softly.assertThat(500, "{}").hasHttpStatus(200).conformsToSchema();
        softly.assertThat(retried).hasRequestCount(2).retriedOnlyTransientErrors().eventuallySucceeded();
        softly.assertThat(retried).backoff().isAtLeast(Duration.ofMillis(100));
        softly.assertThat(retried).requests().hasSize(1).last().hasHttpStatus(200);
        softly.assertThat(retried).forNumber(Requests.NUMBER).gaveUpAfter(1);
        softly.assertThat(retried.entries().get(0)).hasQueryToken();

        assertThat(softly.errorsCollected()).hasSize(10);
    }

    @Test
    void theBackoffSettingsAndTheJournaledResponseWorkSoftly() {
        WamockSoftAssertions softly = new WamockSoftAssertions();
        Journal linear = journal(Requests.serverError(1, 0), Requests.serverError(2, 252),
                Requests.serverError(3, 754), ok(4, 1506));
        Journal repeated = journal(Requests.request(1, 0).fault("reset").latency(1), Requests.serverError(2, 3),
                ok(3, 105));

        softly.assertThat(linear).backoff().withSlack(Duration.ofMillis(10)).isExponential(Duration.ofMillis(250), 2.0, 0.75)
                .isLinear(Duration.ofMillis(250), Duration.ofMillis(250), 0.1);
        softly.assertThat(repeated).countingTransportRepeats().eventuallySucceeded().backoff().isAtLeast(Duration.ofMillis(50));
        softly.assertThat(repeated).requests().first().response();
        softly.assertThat(repeated.entries().get(1)).response().hasHttpStatus(500).conformsToSchema();

        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                shape -> assertThat(shape).contains("(+ up to 10.0 ms of slack)").contains("1.50× the 500.0 ms #3 waited"),
                counted -> assertThat(counted).contains("#2 waited 2.0 ms after #1 (reset)"),
                noAnswer -> assertThat(noAnswer).contains("but it ended with reset"),
                notJson -> assertThat(notJson).contains("it is not JSON"));
    }

    @Test
    void aFailedNavigationIsReportedOnceAndTheChainGoesOn() {
        WamockSoftAssertions softly = new WamockSoftAssertions();

        softly.assertThat(404, "{}").isAccountNumber().hasStatus(NumberStatus.CONNECTED).hasOnlyFields("id");
        softly.assertThat(200, "{\"id\":\"1\"}").isGraphError().hasCode(190).isTransient().isNotTransient();

        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                notAccountNumber -> assertThat(notAccountNumber).startsWith(text("""

                        Expecting response:
                          HTTP 404 {}
                        to be account number details (HTTP 2xx with a JSON object body)
                        but the status was 404""")),
                notGraphError -> assertThat(notGraphError).startsWith(text("""

                        Expecting response:
                          HTTP 200 {"id":"1"}
                        to be a Graph error (HTTP 4xx/5xx with a body {"error": {…}})
                        but the status was 200""")));
    }

    @Test
    void assertionsAfterASuccessfulNavigationAreCollectedToo() {
        WamockSoftAssertions softly = new WamockSoftAssertions();

        softly.assertThat(401, "{\"error\":{\"message\":\"m\",\"type\":\"OAuthException\",\"code\":190}}")
                .isGraphError().hasCode(4).hasType("GraphMethodException").isNotTransient();

        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                code -> assertThat(code).contains("Expecting the Graph error's code to be:"),
                type -> assertThat(type).contains("Expecting the Graph error's type to be:"));
    }

    @Test
    void assertSoftlyFailsOnceWithEveryFailure() {
        assertThatThrownBy(() -> WamockSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(retried).hasRequestCount(1);
            softly.assertThat(retried).didNotRetryAfter(401);
        }))
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("Expecting the client to have sent:")
                .hasMessageContaining("Expecting the client not to repeat a request answered with HTTP 401");
    }

    @Test
    void theProviderMixesWithAssertJsOwnSoftAssertions() {
        MixedSoftly softly = new MixedSoftly();

        softly.assertThat(retried).requests().extracting(JournalEntry::status).containsExactly(200, 401);
        softly.assertThat(List.of(1, 2)).hasSize(3);

        assertThat(softly.errorsCollected()).hasSize(2);
    }

    /** A user's own soft assertions class with AssertJ's and wamock's entry points. */
    static class MixedSoftly extends SoftAssertions implements WamockSoftAssertionsProvider {
    }
}
