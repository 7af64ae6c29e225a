package dev.wamock.server.reliability;

import static dev.wamock.server.testing.RawHttp.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal file ({@code --journal-file}, {@code journalFile(Path)}): one JSON line per exchange that
 * reads back as the entry; a server killed with SIGKILL has written everything older than a second; a
 * graceful stop (SIGTERM, {@code close()}) lets requests in flight finish and writes their lines before
 * it exits 0 — and exits 3 when a request was still unanswered after the drain timeout.
 */
@Timeout(120)
class JournalFileTest {
    /** Requests of every kind the endpoint answers, so every field of an entry shows up in the file. */
    static final List<String> MIX = List.of(
            RawHttp.get(ENDPOINT),
            RawHttp.get(ENDPOINT + "?fields=verified_name,quality_rating&access_token=query-token-1234"),
            RawHttp.get("/v23.0/999"),
            RawHttp.request("GET", ENDPOINT, null),
            RawHttp.get(ENDPOINT, "X-Wamock-Scenario: http-500"),
            RawHttp.get("/v23.0/555000000429"),
            RawHttp.get("/v23.0/" + Http.NUMBER + "/unknown"),
            RawHttp.request("POST", ENDPOINT, "{}", RawHttp.AUTH));

    static final String SLOW = "{\"name\": \"slow\", \"steps\": [{\"delay\": {\"fixed\": \"1s\"}}]}";

    @TempDir
    Path dir;

    @Test
    void everyExchangeIsOneJsonLineThatReadsBackAsItsJournalEntry() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        WamockServer server = WamockServer.builder().journalFile(file).start();
        try (RawConnection c = RawHttp.connect(server.port())) {
            for (int i = 0; i < 80; i++) {
                c.send(MIX.get(i % MIX.size()));
            }
        }
        server.close();

        List<JournalEntry> lines = entries(file);
        assertThat(lines).as("entries in the file").hasSize(80).isEqualTo(server.journal().entries());
        assertThat(lines).extracting(JournalEntry::seq).containsExactlyElementsOf(seqs(1, 80));
        assertThat(Files.readString(file)).as("tokens in the file").doesNotContain("fake-token", "query-token-1234");
        assertThat(server.journalEntriesLost()).isZero();
    }

    /** The file is written as the server goes, not only on close: what it wrote is there after a SIGKILL. */
    @Test
    void aServerKilledWithSigkillKeepsEveryLineItHadWritten() throws Exception {
        Path file = dir.resolve("killed.jsonl");

        List<JournalEntry> lines = sendThenKill(file, () -> awaitLines(file, 200));

        assertThat(lines).extracting(JournalEntry::seq).containsExactlyElementsOf(seqs(1, 200));
    }

    /** Stress: "at most the last second" is a time; a loaded machine can delay the writer past it. */
    @Test
    @Tag("stress")
    void aServerKilledWithSigkillHasWrittenEveryExchangeOlderThanASecond() throws Exception {
        Path file = dir.resolve("killed.jsonl");

        List<JournalEntry> lines = sendThenKill(file, () -> Thread.sleep(1_200));

        assertThat(lines).as("lines written before SIGKILL").hasSize(200);
        assertThat(lines).extracting(JournalEntry::seq).containsExactlyElementsOf(seqs(1, 200));
    }

    /** 200 requests to a CLI server journaling to {@code file}, {@code before}, SIGKILL; the file's entries. */
    private List<JournalEntry> sendThenKill(Path file, Before before) throws Exception {
        try (ChildServer child = ChildServer.start(dir, "--journal-file", file.toString())) {
            try (RawConnection c = RawHttp.connect(child.port())) {
                for (int i = 0; i < 200; i++) {
                    c.send(MIX.get(i % MIX.size()));
                }
            }
            before.run();
            child.process().destroyForcibly();
            assertThat(child.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        return entries(file);
    }

    /** What happens between the last answer and the SIGKILL. */
    private interface Before {
        void run() throws Exception;
    }

    private static void awaitLines(Path file, int lines) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && (!Files.exists(file) || Files.readAllLines(file).size() < lines)) {
            Thread.sleep(20);
        }
    }

    @Test
    void sigtermLetsRequestsInFlightFinishWritesEveryLineAndExitsZero() throws Exception {
        Path file = dir.resolve("sigterm.jsonl");
        try (ChildServer child = ChildServer.start(dir, "--journal-file", file.toString())) {
            int port = child.port();
            warmUpAndGoSlow(port);

            List<Future<RawHttp.Outcome>> inFlight = sendInParallel(port, 20);
            awaitArrivals(() -> child.journalTotal(), 30);
            long sigterm = System.nanoTime();
            int exit = child.terminate(30);

            assertAllAnsweredAfter(inFlight, sigterm);
            assertThat(exit).as("exit code after SIGTERM with every exchange journaled; stderr: %s", child.stderr())
                    .isZero();
        }
        assertThat(entries(file)).extracting(JournalEntry::seq).containsExactlyInAnyOrderElementsOf(seqs(1, 30));
    }

    @Test
    void closeLetsRequestsInFlightFinishAndWritesEveryLine() throws Exception {
        Path file = dir.resolve("close.jsonl");
        WamockServer server = WamockServer.builder().journalFile(file).start();
        warmUpAndGoSlow(server.port());

        List<Future<RawHttp.Outcome>> inFlight = sendInParallel(server.port(), 20);
        awaitArrivals(() -> server.journal().total(), 30); // total counts requests on arrival
        long close = System.nanoTime();
        server.close();

        assertThat(Duration.ofNanos(System.nanoTime() - close)).as("close() waited for the requests in flight")
                .isGreaterThan(Duration.ofMillis(300));
        assertAllAnsweredAfter(inFlight, close);
        assertThat(server.journalEntriesLost()).isZero();
        assertThat(entries(file)).extracting(JournalEntry::seq).containsExactlyInAnyOrderElementsOf(seqs(1, 30));
    }

    @Test
    void aRequestStillUnansweredAfterTheDrainTimeoutMakesTheCliExitThree() throws Exception {
        Path file = dir.resolve("lost.jsonl");
        try (ChildServer child = ChildServer.start(dir, "--journal-file", file.toString())) {
            int port = child.port();
            try (RawConnection c = RawHttp.connect(port)) {
                assertThat(c.send(RawHttp.request("POST", "/__wamock/scenario",
                        SLOW.replace("1s", WamockServer.DRAIN_TIMEOUT.plusSeconds(20).toSeconds() + "s"),
                        "Content-Type: application/json")).status()).isEqualTo(200);
            }
            List<Future<RawHttp.Outcome>> inFlight = sendInParallel(port, 1);
            awaitArrivals(() -> child.journalTotal(), 1);
            int exit = child.terminate((int) WamockServer.DRAIN_TIMEOUT.toSeconds() + 20);

            assertThat(exit).as("exit code with one exchange not journaled").isEqualTo(3);
            assertThat(child.stderr()).contains("1 exchange(s) were lost (cut off unanswered");
            assertThat(inFlight.get(0).get(10, TimeUnit.SECONDS).kind()).as("what the cut-off client got")
                    .isEqualTo(RawHttp.Kind.CLOSED_UNANSWERED);
        }
        assertThat(entries(file)).filteredOn(e -> e.status() == 0).extracting(e -> e.outcome().wireName())
                .as("the cut-off exchange in the file").containsExactly("cut-off");
    }

    /** Ten quick exchanges, then every request waits a second on the server. */
    private static void warmUpAndGoSlow(int port) throws IOException {
        try (RawConnection c = RawHttp.connect(port)) {
            for (int i = 0; i < 10; i++) {
                assertThat(c.send(RawHttp.get(ENDPOINT)).status()).isEqualTo(200);
            }
            assertThat(c.send(RawHttp.request("POST", "/__wamock/scenario", SLOW, "Content-Type: application/json")).status())
                    .isEqualTo(200);
        }
    }

    private static List<Future<RawHttp.Outcome>> sendInParallel(int port, int n) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<RawHttp.Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outcomes.add(pool.submit(() -> {
                RawHttp.Outcome o = RawHttp.once(port, RawHttp.get(ENDPOINT, "Connection: close"), 60_000);
                return new RawHttp.Outcome(o.kind(), o.reply(), String.valueOf(System.nanoTime())); // when it ended
            }));
        }
        pool.shutdown();
        return outcomes;
    }

    interface Count {
        long get() throws Exception;
    }

    /** Waits until the server has received {@code n} requests in all (10 s at most). */
    private static void awaitArrivals(Count received, long n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (received.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(received.get()).as("requests the server received").isEqualTo(n);
    }

    /** Every request in flight is answered whole, after the stop began. */
    private static void assertAllAnsweredAfter(List<Future<RawHttp.Outcome>> inFlight, long stopNanos) throws Exception {
        for (Future<RawHttp.Outcome> f : inFlight) {
            RawHttp.Outcome o = f.get(30, TimeUnit.SECONDS);
            assertThat(o.kind()).as("request in flight when the server was told to stop: %s", o.detail())
                    .isEqualTo(RawHttp.Kind.ANSWERED);
            assertThat(o.reply().status()).isEqualTo(200);
            assertThat(Long.parseLong(o.detail())).as("answered after the stop began").isGreaterThan(stopNanos);
        }
    }

    static List<JournalEntry> entries(Path file) throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            entries.add(Mappers.JSON.readValue(line, JournalEntry.class));
        }
        return entries;
    }

    private static List<Long> seqs(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}
