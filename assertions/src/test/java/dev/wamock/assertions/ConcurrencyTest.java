package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Requests.journal;
import static dev.wamock.assertions.Requests.ok;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import org.junit.jupiter.api.Test;

/** How many requests were in flight at once: received by the server and not yet answered. */
class ConcurrencyTest {
    private final Journal overlapping = journal(ok(1, 0).latency(50), ok(2, 10).latency(50), ok(3, 20).latency(5),
            ok(4, 100).latency(5));

    @Test
    void threeOverlappingRequestsAreWithinAMaximumOfThree() {
        assertThat(overlapping).maxConcurrency(3);
    }

    @Test
    void aRequestArrivingAsAnotherIsAnsweredDoesNotOverlapIt() {
        assertThat(journal(ok(1, 0).latency(10), ok(2, 10).latency(10))).maxConcurrency(1);
    }

    @Test
    void moreInFlightThanAllowedFailsWithTheMomentAndTheRequests() {
        assertThatThrownBy(() -> assertThat(overlapping).maxConcurrency(2))
                .hasMessage(text("""

                        Expecting at most 2 requests in flight at once (received by the server and not yet answered)
                        but 3 were in flight at +20.0 ms: #1, #2, #3
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922 → 200  ← in flight at +20.0 ms
                             +10.0 ms  #2 GET /v23.0/106540352242922 → 200  ← in flight at +20.0 ms
                             +20.0 ms  #3 GET /v23.0/106540352242922 → 200  ← in flight at +20.0 ms
                            +100.0 ms  #4 GET /v23.0/106540352242922 → 200"""));
    }

    @Test
    void aMaximumBelowOneIsAMistakeInTheTest() {
        assertThatThrownBy(() -> assertThat(overlapping).maxConcurrency(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max must be at least 1 but was 0");
    }
}
