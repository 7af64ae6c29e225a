package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Requests.OTHER_NUMBER;
import static dev.wamock.assertions.Requests.journal;
import static dev.wamock.assertions.Requests.ok;
import static dev.wamock.assertions.Requests.serverError;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import org.junit.jupiter.api.Test;

/** Counting the requests and looking at them as a list, in order, filtered by number or status. */
class JournalRequestsTest {
    private final Journal twoNumbers = journal(serverError(1, 0), ok(2, 10).number(OTHER_NUMBER), ok(3, 20));

    @Test
    void theRightCountPassesAndAnotherFailsWithTheTimeline() {
        assertThat(twoNumbers).hasRequestCount(3);
        assertThatThrownBy(() -> assertThat(twoNumbers).hasRequestCount(2))
                .hasMessage(text("""

                        Expecting the client to have sent:
                          2 requests
                        but it sent:
                          3 requests
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 500 code 2
                             +10.0 ms  #2 GET /v23.0/106540352242923 → 200
                             +20.0 ms  #3 GET /v23.0/106540352242922 → 200"""));
    }

    @Test
    void requestsDroppedFromAFullJournalStillCount() {
        Journal full = new Journal(5, 3, journal(ok(4, 0), ok(5, 10)).entries());

        assertThat(full).hasRequestCount(5);
        assertThatThrownBy(() -> assertThat(full).hasRequestCount(2))
                .hasMessageEndingWith(text("""
                        Journal:
                              +0.0 ms  #4 GET /v23.0/106540352242922 → 200
                             +10.0 ms  #5 GET /v23.0/106540352242922 → 200
                          (3 older entries dropped)"""));
    }

    @Test
    void theRequestsAreAListInArrivalOrder() {
        assertThat(twoNumbers).requests().extracting(JournalEntry::status).containsExactly(500, 200, 200);
        assertThat(twoNumbers).requests().first().hasHttpStatus(500);
        assertThatThrownBy(() -> assertThat(twoNumbers).requests().hasSize(2))
                .hasMessage(text("""
                        [requests]\s
                        Expected size: 2 but was: 3 in:
                        [#1 GET /v23.0/106540352242922 → 500 code 2,
                            #2 GET /v23.0/106540352242923 → 200,
                            #3 GET /v23.0/106540352242922 → 200]"""));
    }

    @Test
    void requestsForANumberKeepOnlyThatNumber() {
        assertThat(twoNumbers).requestsFor(OTHER_NUMBER).singleElement().isForNumber(OTHER_NUMBER);
        assertThatThrownBy(() -> assertThat(twoNumbers).requestsFor(OTHER_NUMBER).hasSize(2))
                .hasMessage(text("""
                        [requests for number 106540352242923]\s
                        Expected size: 2 but was: 1 in:
                        [#2 GET /v23.0/106540352242923 → 200]"""));
    }

    @Test
    void requestsWithAStatusKeepOnlyThoseAnswers() {
        assertThat(twoNumbers).requestsWithStatus(200).hasSize(2);
        assertThatThrownBy(() -> assertThat(twoNumbers).requestsWithStatus(500).last().hasHttpStatus(200))
                .hasMessage(text("""
                        [requests answered 500 check last element]\s
                        Expecting request:
                          #1 GET /v23.0/106540352242922 → 500 code 2
                        to have been answered with HTTP status:
                          200
                        but was:
                          500"""));
    }

    @Test
    void forNumberScopesTheJournalButFailuresPrintAllOfIt() {
        assertThat(twoNumbers).forNumber(OTHER_NUMBER).hasRequestCount(1);
        assertThatThrownBy(() -> assertThat(twoNumbers).forNumber(Requests.NUMBER).hasRequestCount(1))
                .hasMessage(text("""

                        Expecting the client to have sent:
                          1 request for number 106540352242922
                        but it sent:
                          2 requests for number 106540352242922
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 500 code 2
                             +10.0 ms  #2 GET /v23.0/106540352242923 → 200
                             +20.0 ms  #3 GET /v23.0/106540352242922 → 200"""));
    }

    @Test
    void anEmptyJournalSaysNoRequestsWereReceived() {
        assertThatThrownBy(() -> assertThat(Journal.empty()).hasRequestCount(1))
                .hasMessageEndingWith(text("Journal:\n  (no requests received)"));
    }

    @Test
    void aMissingJournalFailsLikeAnyNullActual() {
        assertThatThrownBy(() -> assertThat((Journal) null).hasRequestCount(0))
                .hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> assertThat((Journal) null).forNumber(Requests.NUMBER).eventuallySucceeded())
                .hasMessageContaining("Expecting actual not to be null");
    }
}
