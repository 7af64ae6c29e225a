package dev.wamock.server;

import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.internal.journal.JournalRecorder;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The journal as a test reads it: tokens redacted everywhere, every fact of an exchange recorded with
 * the server's own times, and a bound that holds under load.
 */
@Timeout(90)
class JournalTest {
    private static final String SECRET = "fake-secret-token-abcd9876";
    private static final String REDACTED = "…9876";

    @Test
    void aTokenNeverAppearsInFullInTheJournalTheAdminApiOrTheOutput() {
        String journalJson;
        String adminJournal;
        String timeline;
        String out;
        String err;
        try (StdStreams printed = StdStreams.tee()) {
            try (WamockServer server = WamockServer.builder().port(0).start()) {
                Http http = Http.to(server);
                String bearer = "Bearer " + SECRET;
                http.get("/v23.0/" + NUMBER, "Authorization", bearer);
                http.get("/v23.0/" + NUMBER + "?fields=status&access_token=" + SECRET);
                http.get("/v23.0/" + NUMBER + "?access_token=" + SECRET + "&fields=quality_rating");
                http.get("/v23.0/" + NUMBER, "Authorization", bearer, "X-Wamock-Scenario", "http-500");
                http.get("/v23.0/" + NUMBER + "?access_token=" + SECRET, "X-Wamock-Scenario", "token-expires-mid-run");
                http.get("/v23.0/" + NUMBER, "Authorization", bearer, "X-Wamock-Scenario", "no-such-scenario");
                http.get("/v23.0/555000000429", "Authorization", bearer);
                http.get("/v23.0/999000111?access_token=" + SECRET);
                http.get("/v23.0/" + NUMBER + "?fields=colour&access_token=" + SECRET);
                http.send("POST", "/v23.0/" + NUMBER + "?access_token=" + SECRET, null, "Authorization", bearer);
                http.get("/not/a/route/at/all?access_token=" + SECRET, "Authorization", "OAuth " + SECRET);

                Journal journal = server.journal();
                assertThat(journal.entries()).as("journal").hasSize(11);
                assertThat(journal.entries()).extracting(JournalEntry::status).contains(200, 500, 400, 429, 404, 422, 405);
                journalJson = Mappers.JSON.writeValueAsString(journal);
                timeline = journal.timeline();
                adminJournal = http.get("/__wamock/journal").body();
            }
            out = printed.out();
            err = printed.err();
        }

        for (String text : List.of(journalJson, adminJournal, timeline)) {
            assertThat(text).doesNotContain(SECRET).doesNotContain("token-abcd").contains(REDACTED);
        }
        assertThat(journalJson).contains("Bearer " + REDACTED).contains("access_token=" + REDACTED)
                .contains("OAuth " + REDACTED);
        assertThat(out).as("System.out during the test").doesNotContain(SECRET).doesNotContain("token-abcd");
        assertThat(err).as("System.err during the test").doesNotContain(SECRET).doesNotContain("token-abcd");
    }

    @Test
    void anEntryRecordsWhatTheServerReceivedAndHowItAnswered() throws InterruptedException {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            Http http = Http.to(server);
            server.use(Scenario.of("journal-facts", Step.error("rate-limited").times(1).label("throttle"),
                    Step.passThrough()));
            Instant before = Instant.now();

            Reply limited = http.get("/v23.0/" + NUMBER + "?fields=status,quality_rating&access_token=" + SECRET);
            Thread.sleep(2);
            Reply ok = http.get("/v22.0/" + NUMBER + "?fields=verified_name", "Authorization", "Bearer " + SECRET);
            Instant after = Instant.now();

            assertThat(List.of(limited.status(), ok.status())).containsExactly(429, 200);
            List<JournalEntry> entries = server.journal().entries();
            assertThat(entries).hasSize(2);
            JournalEntry first = entries.get(0);
            JournalEntry second = entries.get(1);

            assertThat(first.seq()).isEqualTo(1);
            assertThat(second.seq()).isEqualTo(2);
            assertThat(first.receivedAt()).isBetween(before, after);
            assertThat(second.receivedAt()).isBetween(before, after).isAfterOrEqualTo(first.receivedAt());
            assertThat(second.receivedNanos()).isGreaterThan(first.receivedNanos());
            assertThat(second.receivedNanos() - first.receivedNanos()).isGreaterThanOrEqualTo(2_000_000L);

            assertThat(first.method()).isEqualTo("GET");
            assertThat(first.path()).isEqualTo("/v23.0/" + NUMBER);
            assertThat(first.query()).isEqualTo("fields=status,quality_rating&access_token=" + REDACTED);
            assertThat(first.token()).isEqualTo(REDACTED);
            assertThat(first.tokenSource()).isEqualTo(TokenSource.fromWireName("query"));
            assertThat(first.version()).isEqualTo("v23.0");
            assertThat(first.numberId()).isEqualTo(NUMBER);
            assertThat(first.fields()).containsExactly("status", "quality_rating");
            assertThat(first.scenario()).isEqualTo("journal-facts");
            assertThat(first.step()).isZero();
            assertThat(first.stepDescription()).contains("throttle");
            assertThat(first.status()).isEqualTo(429);
            assertThat(first.code()).isEqualTo(4);
            assertThat(first.subcode()).isEqualTo(2446079);
            assertThat(first.isTransient()).isTrue();
            assertThat(first.latencyMicros()).isNotNegative();
            assertThat(first.outcome().wireName()).isEqualTo("response");
            assertThat(first.responseHeaders()).containsKey("x-app-usage");
            assertThat(first.failed()).isTrue();

            assertThat(second.query()).isEqualTo("fields=verified_name");
            assertThat(second.header("authorization")).isEqualTo("Bearer " + REDACTED);
            assertThat(second.token()).isEqualTo(REDACTED);
            assertThat(second.tokenSource()).isEqualTo(TokenSource.fromWireName("header"));
            assertThat(second.version()).isEqualTo("v22.0");
            assertThat(second.fields()).containsExactly("verified_name");
            assertThat(second.scenario()).isEqualTo("journal-facts");
            assertThat(second.step()).isEqualTo(1);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.code()).isNull();
            assertThat(second.subcode()).isNull();
            assertThat(second.latencyMicros()).isNotNegative();
            assertThat(second.failed()).isFalse();
        }
    }

    @Test
    void anExchangeWithoutScenarioOrFieldsRecordsNullForThem() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            Http.to(server).number("");

            JournalEntry entry = server.journal().entries().get(0);

            assertThat(entry.scenario()).isNull();
            assertThat(entry.step()).isNull();
            assertThat(entry.fields()).isNull();
            assertThat(entry.code()).isNull();
            assertThat(entry.status()).isEqualTo(200);
        }
    }

    @Test
    void theBoundHoldsUnderOneHundredThousandRequests() throws Exception {
        int requests = 100_000;
        int threads = 8;
        try (WamockServer server = WamockServer.builder().port(0).journalCapacity(1000).start()) {
            // one keep-alive connection per thread; java.net.http.HttpClient is not used here because it may
            // re-send a GET on its own (seen: 100 002 requests received for 100 000 sends), and the journal
            // rightly counts what was received
            AtomicLong sent = new AtomicLong();
            AtomicLong ok = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        String request = RawHttp.request("GET", "/v23.0/" + NUMBER, null, "Authorization: Bearer fake-token-load");
                        try (RawConnection connection = RawHttp.connect(server.port())) {
                            while (sent.incrementAndGet() <= requests) {
                                Reply reply = connection.send(request);
                                if (reply.closes()) {
                                    throw new IllegalStateException("the server closed a keep-alive connection: " + reply);
                                }
                                if (reply.status() == 200) {
                                    ok.incrementAndGet();
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(80, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("JournalTest: %d requests on %d keep-alive connections took %d ms (%.0f/s)%n", requests,
                    threads, took.toMillis(), requests / (took.toNanos() / 1e9));

            Journal journal = server.journal();

            assertThat(ok.get()).as("200 answers").isEqualTo(requests);
            assertThat(journal.total()).as("requests received").isEqualTo(requests);
            assertThat(journal.dropped()).isEqualTo(requests - 1000);
            assertThat(journal.entries()).hasSize(1000);
            assertThat(journal.entries()).extracting(JournalEntry::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(requests - 999, requests).boxed().toList());
            assertThat(journal.entries()).allSatisfy(e -> assertThat(e.token()).isEqualTo("…load"));
        }
    }

    /** The ring buffer itself, without HTTP. */
    @Nested
    class Recorder {
        @Test
        void anAnswerLandingAfterAClearIsNotInTheNewJournalAndTakesNoNewRequestsPlace() {
            JournalRecorder recorder = new JournalRecorder(3);
            long beforeClear = recorder.arrive();
            recorder.clear();
            long first = recorder.arrive();
            long second = recorder.arrive();

            land(recorder, second);
            land(recorder, beforeClear); // a request still finishing when the server was reset: sequence number 1 too
            Journal withTheLateOne = recorder.snapshot();
            land(recorder, first);
            Journal both = recorder.snapshot();

            assertThat(withTheLateOne.entries()).extracting(JournalEntry::seq).containsExactly(2L);
            assertThat(both.entries()).extracting(JournalEntry::seq).containsExactly(1L, 2L);
            assertThat(both.total()).isEqualTo(2);
        }

        /** Lands the entry of the request with this ticket, as the server does once it has answered. */
        private void land(JournalRecorder recorder, long ticket) {
            recorder.record(ticket, entry(recorder.seqOf(ticket)));
        }

        @Test
        void theRingWrapsAroundKeepingTheNewestEntriesInOrder() {
            JournalRecorder recorder = new JournalRecorder(3);
            for (int i = 0; i < 7; i++) {
                land(recorder, recorder.arrive());
            }

            Journal journal = recorder.snapshot();

            assertThat(journal.entries()).extracting(JournalEntry::seq).containsExactly(5L, 6L, 7L);
            assertThat(journal.total()).isEqualTo(7);
            assertThat(journal.dropped()).isEqualTo(4);
        }

        @Test
        void anEntryAnsweredLateNeverOverwritesANewerOneInItsSlot() {
            JournalRecorder recorder = new JournalRecorder(2);
            long[] tickets = {recorder.arrive(), recorder.arrive(), recorder.arrive(), recorder.arrive()};

            land(recorder, tickets[3]);
            land(recorder, tickets[1]);
            land(recorder, tickets[2]);
            land(recorder, tickets[0]);

            assertThat(recorder.snapshot().entries()).extracting(JournalEntry::seq).containsExactly(3L, 4L);
        }

        @Test
        void aRequestInFlightIsCountedButNotListedUntilAnswered() {
            JournalRecorder recorder = new JournalRecorder(10);
            long first = recorder.arrive();
            long inFlight = recorder.arrive();
            long third = recorder.arrive();
            land(recorder, first);
            land(recorder, third);

            Journal before = recorder.snapshot();
            land(recorder, inFlight);
            Journal after = recorder.snapshot();

            assertThat(before.total()).isEqualTo(3);
            assertThat(before.entries()).extracting(JournalEntry::seq).containsExactly(1L, 3L);
            assertThat(after.entries()).extracting(JournalEntry::seq).containsExactly(1L, 2L, 3L);
            assertThat(after.total()).isEqualTo(after.dropped() + after.size());
        }

        @Test
        void clearForgetsEveryEntryAndCountsStartAgain() {
            JournalRecorder recorder = new JournalRecorder(3);
            for (int i = 0; i < 5; i++) {
                land(recorder, recorder.arrive());
            }

            recorder.clear();
            Journal cleared = recorder.snapshot();
            land(recorder, recorder.arrive());
            land(recorder, recorder.arrive());
            Journal afterTwoMore = recorder.snapshot();

            assertThat(cleared.total()).isZero();
            assertThat(cleared.dropped()).isZero();
            assertThat(cleared.entries()).isEmpty();
            assertThat(afterTwoMore.total()).isEqualTo(2);
            assertThat(afterTwoMore.dropped()).isZero();
            assertThat(afterTwoMore.entries()).extracting(JournalEntry::seq).containsExactly(1L, 2L);
        }

        @Test
        void clearThenWrapAroundCountsOnlyWhatCameAfterTheClear() {
            JournalRecorder recorder = new JournalRecorder(3);
            for (int i = 0; i < 4; i++) {
                land(recorder, recorder.arrive());
            }
            recorder.clear();
            for (int i = 0; i < 5; i++) {
                land(recorder, recorder.arrive());
            }

            Journal journal = recorder.snapshot();

            assertThat(journal.entries()).extracting(JournalEntry::seq).containsExactly(3L, 4L, 5L);
            assertThat(journal.total()).isEqualTo(5);
            assertThat(journal.dropped()).isEqualTo(2);
        }

        @Test
        void anEntryOfARequestReceivedBeforeTheClearStaysForgotten() {
            JournalRecorder recorder = new JournalRecorder(4);
            long before = recorder.arrive();
            recorder.clear();
            land(recorder, before);

            assertThat(recorder.snapshot().entries()).isEmpty();
            assertThat(recorder.snapshot().total()).isZero();
        }

        private JournalEntry entry(long seq) {
            return JournalEntry.builder().seq(seq).receivedAt(Instant.EPOCH.plusMillis(seq)).receivedNanos(seq * 1_000)
                    .method("GET").path("/v23.0/" + NUMBER).version("v23.0").numberId(NUMBER).status(200)
                    .latencyMicros(5).build();
        }
    }
}
