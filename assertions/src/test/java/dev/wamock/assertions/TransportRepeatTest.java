package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Requests.journal;
import static dev.wamock.assertions.Requests.ok;
import static dev.wamock.assertions.Requests.request;
import static dev.wamock.assertions.Requests.serverError;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import org.junit.jupiter.api.Test;

/**
 * java.net.http repeats a GET by itself after a reset or an empty reply: the assertions fold such a
 * transport repeat into the attempt it repeats, say so, and count it when asked. Answers take 2 ms,
 * the faults 1 ms.
 */
class TransportRepeatTest {
    /** #1 reset; #2 its transport repeat 2.3 ms later (500); then retries after 100 and 200 ms. */
    private final Journal repeated = journal(request(1, 0).fault("reset").latency(1), serverError(2, 3.3),
            serverError(3, 105.3), ok(4, 307.3));

    @Test
    void aTransportRepeatIsPartOfTheAttemptItRepeats() {
        assertThat(repeated).retriedOnlyTransientErrors().eventuallySucceeded()
                .backoff().isExponential(ofMillis(100), 2.0, 0.1).isAtLeast(ofMillis(50));
    }

    @Test
    void countingTransportRepeatsMakesItARetryThatCameAtOnce() {
        assertThatThrownBy(() -> assertThat(repeated).backoff().countingTransportRepeats()
                .isExponential(ofMillis(100), 2.0, 0.1))
                .hasMessageContaining("#2 waited 2.3 ms after #1 (reset); expected 100.0 ms (90.0 ms to 110.0 ms)")
                .hasMessageContaining("+3.3 ms  #2 GET /v23.0/106540352242922 → 500 code 2  ← waited 2.3 ms;"
                        + " transport repeat of #1, counted")
                .hasMessageEndingWith("Counted as the client's retries (countingTransportRepeats()): #2 repeated #1"
                        + " 2.3 ms after its reset is a transport repeat (java.net.http repeats a GET by itself after a"
                        + " reset or an empty reply, within 50 ms).");
    }

    @Test
    void aFailureSaysTheRepeatWasNotCountedAndHowToCountIt() {
        assertThatThrownBy(() -> assertThat(repeated).backoff().isExponential(ofMillis(100), 3.0, 0.1))
                .hasMessageEndingWith(text("""
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → reset
                              +3.3 ms  #2 GET /v23.0/106540352242922 → 500 code 2  ← transport repeat of #1, not counted
                            +105.3 ms  #3 GET /v23.0/106540352242922 → 500 code 2
                            +307.3 ms  #4 GET /v23.0/106540352242922 → 200  ← waited 200.0 ms, 2.00× the wait before
                        Not counted: #2 repeated #1 2.3 ms after its reset is a transport repeat (java.net.http repeats a GET by itself after a reset or an empty reply, within 50 ms); countingTransportRepeats() counts them."""));
    }

    @Test
    void gaveUpAfterCountsAttemptsAndHasRequestCountCountsRequests() {
        Journal gaveUp = journal(request(1, 0).fault("no-response").latency(1), serverError(2, 3),
                serverError(3, 105), serverError(4, 307));

        assertThat(gaveUp).gaveUpAfter(3).hasRequestCount(4).countingTransportRepeats().gaveUpAfter(4);
        assertThatThrownBy(() -> assertThat(gaveUp).hasRequestCount(3))
                .hasMessageContaining("+3.0 ms  #2 GET /v23.0/106540352242922 → 500 code 2  ← transport repeat of #1"
                        + System.lineSeparator())
                .hasMessageEndingWith("Counted: #2 repeated #1 2.0 ms after its no-response is a transport repeat"
                        + " (java.net.http repeats a GET by itself after a reset or an empty reply, within 50 ms); the"
                        + " request count is every request the server received, while gaveUpAfter and backoff() count the"
                        + " client's attempts.");
    }

    @Test
    void onlyOneRepeatPerCallIsTheTransportsAndALateOneIsTheClients() {
        Journal twice = journal(request(1, 0).fault("reset").latency(1), request(2, 3).fault("reset").latency(1),
                serverError(3, 6));
        Journal late = journal(request(1, 0).fault("reset").latency(1), serverError(2, 61));

        assertThatThrownBy(() -> assertThat(twice).backoff().isAtLeast(ofMillis(50)))
                .hasMessageContaining("#3 waited 2.0 ms after #2 (reset)");
        assertThat(late).gaveUpAfter(2).backoff().isAtLeast(ofMillis(50));
    }

    @Test
    void aDifferentRequestAfterAFaultIsNoRepeat() {
        Journal changed = journal(request(1, 0).fault("reset").latency(1), serverError(2, 3).fields("id"));

        assertThat(changed).gaveUpAfter(2);
    }
}
