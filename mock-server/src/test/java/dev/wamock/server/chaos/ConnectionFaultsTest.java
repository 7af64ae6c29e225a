package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Attempt;
import dev.wamock.server.testing.Http;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Connection faults as a java.net.http client sees them, and as the journal records them.
 *
 * <p>java.net.http retries a GET once, silently, when the connection breaks before the first response
 * byte (a reset or a close without a response): one client call is two requests in the journal.
 */
class ConnectionFaultsTest extends ChaosServerTest {
    private void use(Fault fault) {
        server().use(Scenario.of("fault-" + fault.wireName(), Step.fault(fault)));
    }

    @Test
    void aResetSurfacesAsAnIOExceptionFromAConnectionReset() {
        use(Fault.RESET);

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.failure()).isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
        assertThat(outcome.rootCause()).isInstanceOf(SocketException.class).hasMessage("Connection reset");
        Journal journal = journal(2);
        assertThat(journal.entries()).as("the call and java.net.http's silent retry:%n%s", journal.timeline())
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.outcome().wireName()).isEqualTo("reset");
                    assertThat(e.status()).isZero();
                    assertThat(e.effects()).map(Object::toString).containsExactly("fault reset");
                });
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aThousandConsecutiveResetsAllFailTheSameWay() {
        use(Fault.RESET);
        Map<String, Integer> kinds = new TreeMap<>();

        for (int i = 0; i < 1_000; i++) {
            kinds.merge(http().attempt(Http::number).kind(), 1, Integer::sum);
        }

        assertThat(kinds).containsExactly(Map.entry("IOException > SocketException: Connection reset", 1_000));
        Journal journal = journal(2_000);
        assertThat(journal.entries()).hasSize(2_000).extracting(e -> e.outcome().wireName()).containsOnly("reset");
        assertThat(journal.entries()).extracting(JournalEntry::status).containsOnly(0);
    }

    @Test
    void noResponseSurfacesAsAnIOExceptionFromAnEndOfStream() {
        use(Fault.NO_RESPONSE);

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.failure()).isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
        assertThat(outcome.rootCause()).isInstanceOf(EOFException.class);
        assertThat(journal(2).entries()).hasSize(2).allSatisfy(e -> {
            assertThat(e.outcome().wireName()).isEqualTo("no-response");
            assertThat(e.status()).isZero();
            assertThat(e.effects()).map(Object::toString).containsExactly("fault no-response");
        });
    }

    @Test
    void aTruncatedBodySurfacesAsALengthError() {
        use(Fault.TRUNCATED);

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.failure()).isInstanceOf(IOException.class)
                .hasMessageMatching("fixed content-length: (\\d+), bytes received: \\d+");
        String[] numbers = outcome.failure().getMessage().replaceAll("[^0-9,]", "").split(",");
        assertThat(Integer.parseInt(numbers[1])).isEqualTo(Integer.parseInt(numbers[0]) / 2);
        JournalEntry entry = onlyEntry();
        assertThat(entry.outcome().wireName()).isEqualTo("truncated");
        assertThat(entry.status()).as("the status line went out before the body broke off").isEqualTo(200);
        assertThat(entry.effects()).map(Object::toString).containsExactly("fault truncated");
    }

    @Test
    void aStallSurfacesAsTheClientsOwnTimeout() {
        use(Fault.STALL);

        Attempt outcome = http().withTimeout(Duration.ofMillis(300)).attempt(Http::number);

        assertThat(outcome.failure()).isInstanceOf(HttpTimeoutException.class);
        assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        JournalEntry entry = onlyEntry();
        assertThat(entry.outcome().wireName()).isEqualTo("stall");
        assertThat(entry.status()).isZero();
        assertThat(entry.effects()).map(Object::toString).containsExactly("fault stall");
        assertThat(entry.latencyMicros()).as("held until the client gave up, not until the 30 s cap")
                .isGreaterThanOrEqualTo(250_000).isLessThan(15_000_000);
    }

    @Test
    void aStallEndsAtTheStallCapTimesTheDelayScaleWithAClose() {
        use(Fault.STALL);
        server().clock().scaleDelays(0.01);

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.failure()).isNotInstanceOf(HttpTimeoutException.class);
        assertThat(outcome.rootCause()).isInstanceOf(EOFException.class);
        assertThat(outcome.elapsed()).as("two stalls of 30 s × 0.01 (java.net.http retries once)")
                .isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(journal(2).entries()).hasSize(2).allSatisfy(e -> {
            assertThat(e.outcome().wireName()).isEqualTo("stall");
            assertThat(e.latencyMicros()).isGreaterThanOrEqualTo(300_000);
        });
    }

    @Test
    void closingTheServerEndsAStallWithoutWaitingForTheCap() {
        use(Fault.STALL);
        Thread caller = new Thread(() -> http().withTimeout(Duration.ofSeconds(60)).attempt(Http::number));
        caller.setDaemon(true);
        caller.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server().journal().total() == 0 && System.nanoTime() < deadline) {
            sleep(5);
        }
        assertThat(server().journal().total()).as("the stalled request arrived").isEqualTo(1);

        server().close();

        assertThat(server().journalEntriesLost()).as("requests cut off after the drain timeout: none, the stall ended")
                .isZero();
        assertThat(server().journal().entries()).singleElement()
                .satisfies(e -> assertThat(e.outcome()).as(e.describe()).isEqualTo(Outcome.STALL));
    }
}
