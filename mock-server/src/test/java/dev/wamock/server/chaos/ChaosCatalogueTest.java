package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.testing.Attempt;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The chaos built-ins do what the catalogue says, reached as a client in any language reaches them: by
 * magic number or the {@code X-Wamock-Scenario} header, with no scenario file and no admin call. And
 * every built-in's {@code attemptsToSucceed} is where the journal's first correct 200 falls.
 */
class ChaosCatalogueTest extends ChaosServerTest {

    private static String magic(String name) {
        return BuiltInScenarios.find(name).orElseThrow().magicNumber();
    }

    private Attempt byMagicNumber(String name, Duration timeout) {
        return http().withTimeout(timeout).attempt(h -> h.graph("/v23.0/" + magic(name)));
    }

    private static void allAre(List<JournalEntry> entries, String scenario, String outcome, int status) {
        assertThat(entries).isNotEmpty().allSatisfy(e -> {
            assertThat(e.scenario()).isEqualTo(scenario);
            assertThat(String.valueOf(e.outcome())).isEqualTo(outcome);
            assertThat(e.status()).isEqualTo(status);
        });
    }

    @Test
    void connectionResetAnswersEveryRequestWithAnRst() {
        Attempt outcome = byMagicNumber("connection-reset", Duration.ofSeconds(10));

        assertThat(outcome.rootCause()).isInstanceOf(SocketException.class).hasMessage("Connection reset");
        allAre(journal(2).entries(), "connection-reset", "reset", 0);
    }

    @Test
    void noResponseClosesWithoutAByte() {
        Attempt outcome = byMagicNumber("no-response", Duration.ofSeconds(10));

        assertThat(outcome.rootCause()).isInstanceOf(EOFException.class);
        allAre(journal(2).entries(), "no-response", "no-response", 0);
    }

    @Test
    void truncatedBodySendsA200WhoseBodyBreaksOffAtHalfItsLength() {
        Attempt outcome = byMagicNumber("truncated-body", Duration.ofSeconds(10));

        assertThat(outcome.failure()).isInstanceOf(IOException.class)
                .hasMessageMatching("fixed content-length: (\\d+), bytes received: \\d+");
        String[] numbers = outcome.failure().getMessage().replaceAll("[^0-9,]", "").split(",");
        assertThat(Integer.parseInt(numbers[1])).isEqualTo(Integer.parseInt(numbers[0]) / 2);
        allAre(List.of(onlyEntry()), "truncated-body", "truncated", 200);
    }

    @Test
    void stallNeverAnswersSoTheClientsOwnTimeoutEndsIt() {
        Attempt outcome = http().withTimeout(Duration.ofMillis(300))
                .attempt(h -> h.number("", "X-Wamock-Scenario", "stall"));

        assertThat(outcome.failure()).isInstanceOf(HttpTimeoutException.class);
        allAre(List.of(onlyEntry()), "stall", "stall", 0);
    }

    @Test
    void slowAnswersDrawLogNormalDelaysAroundTheirMedianUnderTheirCap() {
        server().clock().scaleDelays(0); // the draws are journaled unscaled; the test need not wait for them

        for (int i = 0; i < 40; i++) {
            assertThat(byMagicNumber("slow-answers", Duration.ofSeconds(10)).status()).isEqualTo(200);
        }

        List<Long> delays = journal(40).entries().stream().map(e -> {
            assertThat(e.effects()).singleElement().asString().matches("delay \\d+ms");
            return Long.parseLong(String.valueOf(e.effects().get(0)).replaceAll("\\D", ""));
        }).sorted().toList();
        assertThat(delays.get(delays.size() - 1)).as("cap").isLessThanOrEqualTo(3_000);
        assertThat(delays.get(delays.size() / 2)).as("median of %s", delays).isBetween(125L, 500L);
        assertThat(delays).as("a heavy tail: some over 900 ms, some under 100 ms").anyMatch(d -> d > 900)
                .anyMatch(d -> d < 100);
        assertThat(delays.stream().distinct().count()).as("drawn, not fixed: %s", delays).isGreaterThan(30);
    }

    @Test
    void slowBodySendsHeadersAtOnceThenTheWholeBodyPieceByPiece() throws Exception {
        server().clock().scaleDelays(0.1); // 3 s becomes 300 ms: 9 pauses of 33 ms
        Attempt streamed = http().attempt(h -> h.graph("/v23.0/" + magic("slow-body")));

        assertThat(streamed.status()).isEqualTo(200);
        assertThat(streamed.body()).contains("\"id\":\"" + magic("slow-body") + "\"");
        assertThat(streamed.header("content-length")).isEqualTo(String.valueOf(streamed.answered().bytes().length));
        assertThat(streamed.elapsed().minus(streamed.headersAfter())).as("at least 8 of the 9 pauses after the headers")
                .isGreaterThanOrEqualTo(Duration.ofMillis(260));
        JournalEntry entry = onlyEntry();
        assertThat(entry.effects()).extracting(e -> String.valueOf(e)).containsExactly("slow-body 10x over 3s");
        assertThat(String.valueOf(entry.outcome())).isEqualTo("response");
    }

    @Test
    void resetOnceThenOkBreaksTheFirstConnectionOnlyAndJavaNetHttpRecoversByItself() {
        Attempt outcome = byMagicNumber("reset-once-then-ok", Duration.ofSeconds(10));

        assertThat(outcome.status()).isEqualTo(200);
        Journal journal = journal(2);
        assertThat(journal.entries()).as(journal.timeline()).extracting(e -> String.valueOf(e.outcome()))
                .containsExactly("reset", "response");
        assertThat(byMagicNumber("reset-once-then-ok", Duration.ofSeconds(10)).status()).isEqualTo(200);
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInsAttemptsToSucceedIsWhereTheJournalsFirstCorrect200Falls() {
        return BuiltInScenarios.all().stream().map(builtIn -> dynamicTest(builtIn.name() + " needs "
                + (builtIn.attemptsToSucceed() == null ? "more than any number of" : builtIn.attemptsToSucceed())
                + " attempts", () -> checkAttempts(builtIn)));
    }

    private void checkAttempts(CatalogueEntry builtIn) {
        server().reset();
        server().clock().scaleDelays(0); // a stall then ends at once with a close, a delay does not wait
        int calls = builtIn.attemptsToSucceed() == null ? 4 : builtIn.attemptsToSucceed();
        for (int i = 0; i < calls; i++) {
            http().withTimeout(Duration.ofSeconds(5)).attempt(h -> h.graph("/v23.0/" + builtIn.magicNumber()));
        }

        Journal journal = settled();
        List<JournalEntry> entries = journal.entries();
        int firstOk = -1;
        for (int i = 0; i < entries.size() && firstOk < 0; i++) {
            if (entries.get(i).status() == 200 && String.valueOf(entries.get(i).outcome()).equals("response")) {
                firstOk = i + 1;
            }
        }
        assertThat(firstOk).as("the first correct 200 of %s (attemptsToSucceed %s):%n%s", builtIn.name(),
                builtIn.attemptsToSucceed(), journal.timeline())
                .isEqualTo(builtIn.attemptsToSucceed() == null ? -1 : builtIn.attemptsToSucceed());
    }

    /** The journal once every request it counted is written (a fault's entry lands when the server is done). */
    private Journal settled() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Journal journal = server().journal();
        while (journal.entries().size() < journal.total() && System.nanoTime() < deadline) {
            sleep(5);
            journal = server().journal();
        }
        return journal;
    }
}
