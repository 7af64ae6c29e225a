package dev.wamock.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.EventStream;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /__wamock/journal/stream} as a script reads it: real HTTP on port 0, events read line by line as they
 * arrive. Waits are bounded (a missing event fails after seconds); nothing asserts how fast.
 */
@Timeout(60)
class JournalStreamTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Deque<AutoCloseable> open = new ArrayDeque<>();
    private WamockServer server;
    private Http http;

    private WamockServer start(WamockServer.Builder builder) {
        server = builder.port(0).start();
        open.push(server);
        http = Http.to(server);
        return server;
    }

    private EventStream stream(String query, String... headers) {
        EventStream s = http.events("/__wamock/journal/stream" + query, headers);
        open.push(s);
        return s;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) { // last opened first
            c.close();
        }
    }

    @Test
    void eachRequestArrivesAsAnEntryEventWithItsSequenceNumberAsIdInTheJournalsJsonShape() {
        start(WamockServer.builder());
        EventStream events = stream("");
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.header("Content-Type")).startsWith("text/event-stream");
        assertThat(events.header("Cache-Control")).isEqualTo("no-store");

        http.number("");
        http.get("/v23.0/999", "Authorization", "Bearer fake-token-1234");

        JsonNode journal = http.get("/__wamock/journal").json().path("entries");
        for (int i = 0; i < 2; i++) {
            EventStream.Event e = events.next("entry", WAIT);
            assertThat(e.id()).isEqualTo(String.valueOf(i + 1));
            assertThat(e.json()).isEqualTo(journal.get(i));
        }
        assertThat(journal.get(1).path("token").asString()).as("redacted as the journal keeps it").isEqualTo("…1234");
    }

    @Test
    void aReconnectResumesAfterTheLastEventIdAndAfterTheAfterParameter() {
        start(WamockServer.builder());
        for (int i = 0; i < 3; i++) {
            http.number("");
        }

        assertThat(stream("", "Last-Event-ID", "2").next("entry", WAIT).id()).isEqualTo("3");
        assertThat(stream("?after=1").next("entry", WAIT).id()).isEqualTo("2");
        assertThat(stream("").next("entry", WAIT).id()).as("from the start").isEqualTo("1");
    }

    @Test
    void aStreamShowsOnlyTheSessionItNames() {
        start(WamockServer.builder());
        EventStream a = stream("?session=a");

        http.get("/v23.0/" + Http.NUMBER, "Authorization", "Bearer fake-token", "X-Wamock-Session", "b");
        http.get("/sessions/a/v23.0/" + Http.NUMBER + "?fields=id", "Authorization", "Bearer fake-token");

        JsonNode entry = a.next("entry", WAIT).json();
        assertThat(entry.path("query").asString()).as("session a's request, not b's").isEqualTo("fields=id");
    }

    @Test
    void theStreamFiltersByNumberAndStatusAsTheJournalReadDoes() {
        start(WamockServer.builder());
        EventStream notFound = stream("?status=404");

        http.number("");
        http.get("/v23.0/999", "Authorization", "Bearer fake-token");

        assertThat(notFound.next("entry", WAIT).json().path("numberId").asString()).isEqualTo("999");
    }

    @Test
    void aClearedJournalIsAnnouncedAndItsNewEntriesFollowFromSequenceNumberOne() {
        start(WamockServer.builder());
        EventStream events = stream("");
        http.number("");
        assertThat(events.next("entry", WAIT).id()).isEqualTo("1");

        server.clearJournal();
        http.number("?fields=id");

        EventStream.Event cleared = events.next(WAIT);
        assertThat(cleared.event()).isEqualTo("cleared");
        assertThat(cleared.id()).as("a client resuming after it starts from the new journal's start").isEqualTo("0");
        EventStream.Event first = events.next("entry", WAIT);
        assertThat(first.id()).isEqualTo("1");
        assertThat(first.json().path("query").asString()).isEqualTo("fields=id");
    }

    @Test
    void entriesThatFellOffTheBoundedJournalAreAnnouncedAsDropped() {
        start(WamockServer.builder().journalCapacity(5));
        for (int i = 0; i < 8; i++) {
            http.number("");
        }

        EventStream events = stream("");

        EventStream.Event dropped = events.next(WAIT);
        assertThat(dropped.event()).isEqualTo("dropped");
        assertThat(dropped.json().path("count").asLong()).isEqualTo(3);
        assertThat(events.next("entry", WAIT).id()).isEqualTo("4");
    }

    @Test
    void anEntryThatLandsAfterALaterOneIsStillSent() {
        start(WamockServer.builder());
        server.use(Scenario.of("slow-first", Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(500))).times(1)));
        EventStream events = stream("");

        CompletableFuture<Reply> slow = CompletableFuture.supplyAsync(() -> http.number("?fields=id"));
        while (server.progress().steps().get(0).answered() == 0 && !slow.isDone()) {
            sleep(1); // until the slow request has taken the delayed step, not just arrived
        }
        http.number("");
        assertThat(events.next("entry", WAIT).id()).as("the fast request lands first").isEqualTo("2");
        slow.join();

        assertThat(events.next("entry", WAIT).id()).as("then the slow one, sent once it landed").isEqualTo("1");
    }

    @Test
    void aFaultedExchangeIsStreamedWithItsOutcome() {
        start(WamockServer.builder());
        server.use(Scenario.of("reset", Step.fault(Fault.RESET)));
        EventStream events = stream("");

        try {
            http.number("");
        } catch (RuntimeException reset) {
            // the connection was reset, as scripted
        }

        assertThat(events.next("entry", WAIT).json().path("outcome").asString()).isEqualTo("reset");
    }

    @Test
    void aClientThatStopsReadingIsCutOffOnceAWriteHasWaitedForItTooLong() throws Exception {
        start(WamockServer.builder());
        try (RawConnection reader = RawHttp.connect(server.port(), 5_000, 4_096)) {
            reader.write(RawHttp.request("GET", "/__wamock/journal/stream", null));
            String filler = "x".repeat(6_000);
            for (int i = 0; i < 1_200; i++) { // ~8 MB of events: more than the socket buffers take
                http.get("/v23.0/" + Http.NUMBER, "Authorization", "Bearer fake-token", "X-Filler", filler);
            }

            sleep(7_000); // the server cuts a write that waited 5 s for its client (docs/dashboard.md), looking once a second

            assertThat(readsToTheEnd(reader, Duration.ofSeconds(20)))
                    .as("the server closed the connection instead of waiting for the reader").isTrue();
        }
    }

    /** Reads until the connection ends (true) or {@code limit} passes while data still comes (false). */
    private static boolean readsToTheEnd(RawConnection reader, Duration limit) throws IOException {
        reader.socket().setSoTimeout((int) limit.toMillis());
        long deadline = System.nanoTime() + limit.toNanos();
        byte[] buffer = new byte[65_536];
        InputStream in = reader.in();
        try {
            while (System.nanoTime() < deadline) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    @Test
    void closingTheServerEndsItsStreamsWithAnEndEventAndCloseDoesNotWaitForThem() {
        start(WamockServer.builder());
        EventStream events = stream("");
        http.number("");
        events.next("entry", WAIT);

        server.close();

        EventStream.Event end = events.next(WAIT);
        assertThat(end.event()).isEqualTo("end");
        assertThat(end.json().path("message").asString()).contains("stopping");
        assertThat(events.awaitEnd(WAIT)).as("the answer ended").isTrue();
    }
}
