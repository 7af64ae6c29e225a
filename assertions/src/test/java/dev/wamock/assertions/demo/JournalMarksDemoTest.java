package dev.wamock.assertions.demo;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.demo.DemoServer.NUMBER;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two calls on the same number in one test: four 500s, then 200s. The first call (3 attempts) gives up,
 * the second gets its 200 after one retry. Asserted on the whole journal the calls merge into one chain
 * of five attempts; a mark (or clearing the journal) asserts each call on its own. The client sleeps on
 * the server's manual clock.
 */
class JournalMarksDemoTest {
    private static final Scenario DOWN_THEN_UP = Scenario.of("down-then-up", Step.error("server-error").times(4),
            Step.passThrough());
    private WamockServer server;
    private AccountNumberClient client;

    @BeforeEach
    void start() {
        server = DemoServer.start();
        server.use(DOWN_THEN_UP);
        server.clock().manual();
        client = DemoServer.correct(server, 3);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void withoutAMarkTwoCallsMergeIntoOneChain() {
        client.fetch(NUMBER);
        client.fetch(NUMBER);

        assertThatThrownBy(() -> assertThat(server).gaveUpAfter(3)).hasMessageContaining("but it made 5 attempts");
        assertThatThrownBy(() -> assertThat(server).backoff().isExponential(ofMillis(100), 2.0, 0.5))
                .hasMessageContaining("#4 waited ")
                .hasMessageContaining("after #3 (500 code 2); expected 400.0 ms");
    }

    @Test
    void aMarkAssertsEachCallOnItsOwn() {
        client.fetch(NUMBER);
        Journal firstCall = server.journal();
        Journal.Mark beforeSecondCall = server.journal().mark();
        client.fetch(NUMBER);
        Journal secondCall = server.journal().since(beforeSecondCall);

        assertThat(firstCall).gaveUpAfter(3).backoff().isExponential(ofMillis(100), 2.0, 0.01);
        assertThat(secondCall).hasRequestCount(2).eventuallySucceeded().retriedOnlyTransientErrors()
                .backoff().isExponential(ofMillis(100), 2.0, 0.01);
        assertThat(secondCall).requests().extracting(JournalEntry::seq).containsExactly(4L, 5L);
        assertThatThrownBy(() -> assertThat(secondCall).gaveUpAfter(3))
                .hasMessageContaining("Journal:" + System.lineSeparator() + "  (since a mark: the requests after #3)");
    }

    @Test
    void clearingTheJournalKeepsTheScenarioWhereItWas() {
        client.fetch(NUMBER);
        server.clearJournal();
        client.fetch(NUMBER);

        assertThat(server).hasRequestCount(2).eventuallySucceeded().backoff().isExponential(ofMillis(100), 2.0, 0.01);
        assertThat(server).requests().first().hasHttpStatus(500);
    }
}
