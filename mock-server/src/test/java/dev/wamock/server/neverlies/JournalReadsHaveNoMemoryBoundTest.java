package dev.wamock.server.neverlies;

import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;

/**
 * Issue 16, break 2: every journal read built the whole ring as objects and one byte array, however slowly
 * its client read it, and any number of reads ran at once (100 readers at 1 byte/s: OutOfMemoryError). A
 * read now streams entry by entry, at most two run at once, a third is refused with a 503 that says to
 * page, and a reader that stops reading is cut off (after 5 s) and gives its place back. Here the ring holds
 * about 10 MB of JSON, more than the sockets buffer, so a reader that stops reading holds its place until
 * then (the attack itself, with its figures, is the stress test {@code JournalReadsHaveNoMemoryBoundStressTest}).
 */
@Timeout(90)
class JournalReadsHaveNoMemoryBoundTest {
    /** How many journal reads a server serves at once. */
    private static final int READS_AT_ONCE = 2;
    private static final String PAD = "x".repeat(6_000);

    private WamockServer server;
    private Http http;
    private final List<RawConnection> stalled = new ArrayList<>();

    @BeforeEach
    void aRingOfTenMegabytes() throws Exception {
        server = WamockServer.builder().port(0).start();
        http = Http.to(server);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            for (Future<?> f : clients.invokeAll(Collections.nCopies(1_500, () ->
                    http.get("/v23.0/" + NUMBER, "Authorization", "Bearer fake-token-1234", "X-Pad", PAD)))) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    @AfterEach
    void stop() throws IOException {
        stalled.forEach(RawConnection::close);
        server.close();
    }

    @Test
    void aThirdReaderAtOnceIsRefusedWith503AndToldToPageUntilAReaderHangsUp() throws Exception {
        for (int i = 0; i < READS_AT_ONCE; i++) {
            stallReading();
        }

        Reply refused = readUntil(503, "limit=1");

        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.json().path("error").path("code").asInt()).isEqualTo(2);
        assertThat(refused.json().path("error").path("is_transient").asBoolean()).isTrue();
        assertThat(refused.json().path("error").path("message").asString()).isEqualTo("wamock admin: at most 2 journal "
                + "reads are served at once and 2 were still running after 1000 ms; retry after a second, and page "
                + "through a large journal (?limit=1000, then ?since=<next> from each answer) so that each read ends "
                + "quickly");
        assertThat(http.number("").status()).as("the endpoint meanwhile").isEqualTo(200);
        stalled.forEach(RawConnection::close);
        assertThat(readUntil(200, "limit=1").json().path("entries").size()).as("a place given back").isEqualTo(1);
    }

    @Test
    void aReaderThatStopsReadingLeavesTheOthersTheSecondPlace() throws Exception {
        for (int i = 0; i < READS_AT_ONCE - 1; i++) {
            stallReading();
        }

        Reply whole = http.get("/__wamock/journal");

        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(Mappers.JSON.writeValueAsString(server.journal()));
        for (int i = 0; i < 20; i++) {
            assertThat(http.number("").status()).as("the endpoint meanwhile").isEqualTo(200);
        }
    }

    @Test
    void readersThatStopReadingAndNeverHangUpAreCutOffBeforeTheirJsonEnds() throws Exception {
        for (int i = 0; i < READS_AT_ONCE; i++) {
            stallReading();
        }
        readUntil(503, "limit=1"); // now the stalled readers hold every place

        assertThat(readUntil(200, "limit=1").json().path("entries").size()).as("a place given back").isEqualTo(1);
        List<Boolean> wholeJson = new ArrayList<>();
        for (RawConnection s : stalled) {
            s.socket().setSoTimeout(30_000);
            String answer = new String(s.in().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            assertThat(answer.substring(0, headEnd)).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("chunked");
            wholeJson.add(isJson(answer.substring(headEnd + 4)));
        }
        // the place came back from a reader the server cut off (none hung up); one not cut off yet when its turn
        // to be read here came would then be read whole
        assertThat(wholeJson).as("whether each stalled answer (its body ends where the connection does) is whole JSON")
                .contains(false);
    }

    private static boolean isJson(String body) {
        try {
            Mappers.JSON.readTree(body);
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }

    /** A reader that asks for the whole journal and then reads nothing: the answer fills the sockets and waits. */
    private void stallReading() throws IOException {
        RawConnection reader = RawHttp.connect(server.port(), 5_000, 4_096);
        stalled.add(reader);
        reader.write(RawHttp.request("GET", "/__wamock/journal", null, "Connection: close"));
    }

    /** Reads the journal until the answer has {@code status} (the stalled readers take or give back their places). */
    private Reply readUntil(int status, String query) throws InterruptedException {
        Reply reply = null;
        for (int attempt = 0; attempt < 30 && (reply == null || reply.status() != status); attempt++) {
            if (reply != null) {
                Thread.sleep(200);
            }
            reply = http.get("/__wamock/journal?" + query);
        }
        assertThat(reply.status()).as("journal read: %s", reply).isEqualTo(status);
        return reply;
    }
}
