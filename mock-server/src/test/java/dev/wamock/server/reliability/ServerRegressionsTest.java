package dev.wamock.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Main-code bugs the reliability tests found, one reproduction each, kept so they stay fixed; the numbers
 * are those of docs/reliability.md, "Bugs found".
 */
@Timeout(120)
class ServerRegressionsTest {
    private ServerLog log;
    private WamockServer server;
    private int port;

    @BeforeEach
    void start() {
        log = ServerLog.capture();
        server = WamockServer.builder().start();
        port = server.port();
        Latency.measure(port, 100);
    }

    @AfterEach
    void stop() {
        server.close();
        log.close();
    }

    /** Bug 6: a client's early EOF is not logged as a server failure. */
    @Test
    void aClientThatHangsUpInTheMiddleOfAnAdminBodyIsNotAServerFailure() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /__wamock/scenario HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"name\":").getBytes(StandardCharsets.ISO_8859_1));
        }
        Thread.sleep(500);

        assertThat(log.errors()).as("errors logged for a client that hung up").isEmpty();
        assertThat(Latency.measure(port, 10).failures()).isEmpty();
    }

    /**
     * Bug 20: a chunked admin body whose framing is broken reads as a body that ended early; its client, still there,
     * got an empty 200 (as if the scenario had been set). A Graph-shaped 400 now, and nothing changed.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"zz\r\n{}\r\n0\r\n\r\n",
            "11\r\n{\"name\": \"http-200\r\n0\r\n\r\n", "5\r\n{\"name\": \"http-200\"}\r\n0\r\n\r\n"})
    void aBrokenChunkedAdminBodyIsABadRequest(String chunks) throws Exception {
        Reply answer = send(RawHttp.request("POST", "/__wamock/scenario", null, "Transfer-Encoding: chunked",
                "Content-Type: application/json", "Connection: close") + chunks);

        assertThat(answer.status()).as("status of a broken chunked body").isEqualTo(400);
        HttpSurfaceFuzzTest.assertGraphError(answer, "a broken chunked body");
        assertThat(answer.json().at("/error/message").asString()).contains("ended before it was whole");
        assertThat(RawHttp.send(port, "GET", "/__wamock/scenario").json().get("active").isNull())
                .as("no scenario set by it").isTrue();
        assertThat(log.errors()).as("errors logged").isEmpty();
    }

    /**
     * Bug 7: bodies are read without holding a thread (Jetty's EagerContentHandler): every normal request is
     * answered while 300 admin bodies trickle in. Their p99 is judged by the stress suite.
     */
    @Test
    void threeHundredSlowAdminBodiesDoNotStarveNormalClients() throws Exception {
        TrickleAttacks.slowAdminBodies();
    }

    /**
     * Bug 16: a request whose body completed (its client hung up) while its server closed was dispatched to a server
     * no longer there, and Jetty logged the IllegalStateException with its stack trace at WARN. A closed server
     * answers nothing: the connection is closed, and nothing is logged above DEBUG.
     */
    @Test
    void aRequestReadAfterItsServerClosedIsDroppedWithoutAStackTrace() throws Exception {
        List<RawConnection> trickling = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            RawConnection c = RawHttp.connect(port);
            c.write(("POST /__wamock/clock HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 40\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
            trickling.add(c);
        }
        Thread.sleep(200); // every request's head read: its body is awaited without a thread
        CompletableFuture<Void> hangUps = CompletableFuture.runAsync(() -> trickling.forEach(RawConnection::close));
        server.close();
        hangUps.get(30, TimeUnit.SECONDS);
        Thread.sleep(500);

        assertThat(log.text().lines().filter(l -> l.contains("it was closed") || l.contains(" WARN ")))
                .as("lines logged for requests that outlived their server").isEmpty();
    }

    /** Bug 9: an exchange cut off by the drain timeout is journaled as status 0, outcome cut-off. */
    @Test
    void aRequestCutOffByTheDrainTimeoutIsNotJournaledAsAnswered() throws Exception {
        server.reset();
        server.use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(WamockServer.DRAIN_TIMEOUT.plusSeconds(20)))));
        CompletableFuture<RawHttp.Outcome> cutOff = CompletableFuture.supplyAsync(
                () -> RawHttp.once(port, RawHttp.get(RawHttp.ENDPOINT, "Connection: close"), 60_000));
        while (server.journal().total() < 1) {
            Thread.sleep(10);
        }
        server.close();

        assertThat(cutOff.get(30, TimeUnit.SECONDS).kind()).isEqualTo(RawHttp.Kind.CLOSED_UNANSWERED);
        assertThat(server.journalEntriesLost()).isEqualTo(1);
        assertThat(server.journal().entries()).as("entries of an exchange whose client got nothing")
                .allSatisfy(e -> assertThat(e.status()).as(e.describe()).isZero());
    }

    /**
     * Bug 8: a slow answer notices within 20 ms that its client hung up, so clients hanging up back to back hold
     * no threads: every normal request is answered ({@link HostileClientsTest} checks that each such answer stops
     * at once; the stress suite judges the normal client's p99).
     */
    @Test
    void clientsThatKeepHangingUpOnSlowAnswersDoNotStarveNormalClients() throws Exception {
        HangUpAttacks.backToBack();
    }

    /** Bug 1. */
    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"null", "{\"name\": {}}", "{\"name\": [\"http-500\"]}"})
    void aScenarioBodyOfTheWrongShapeIsABadRequest(String body) throws Exception {
        Reply answer = admin("POST", "/__wamock/scenario", body);

        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        assertThat(answer.json().path("error").path("message").asString()).startsWith("wamock admin: ");
        assertThat(log.errors()).as("errors logged").isEmpty();
    }

    /** Bug 2. */
    @Test
    void theClockNeverGoesBackwards() throws Exception {
        long first = admin("POST", "/__wamock/clock", "{\"advance\": \"2562047h\"}").json().path("nowMillis").asLong();
        Reply second = admin("POST", "/__wamock/clock", "{\"advance\": \"2562047h\"}");

        if (second.status() == 200) {
            assertThat(second.json().path("nowMillis").asLong()).as("clock after a second advance: %s", second)
                    .isGreaterThanOrEqualTo(first);
        } else {
            assertThat(second.status()).isEqualTo(400);
        }
    }

    /** Bug 3: every method, even an unknown or lowercase one, gets the Graph envelope. */
    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"TRACE", "PROPFIND", "get", "FOO"})
    void anyOtherMethodGetsAGraphError(String method) throws Exception {
        Reply answer = send(RawHttp.request(method, RawHttp.ENDPOINT, null, RawHttp.AUTH, "Connection: close"));

        HttpSurfaceFuzzTest.assertGraphError(answer, method);
    }

    /** Bug 4: a bad escape anywhere in the path is a 400, never a 500. */
    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/v23.0;%zz/106540352242922", "/;%/106540352242922",
            "/v23.0/1;%C"})
    void aBadEscapeInAPathParameterIsABadRequest(String target) throws Exception {
        Reply answer = send(RawHttp.get(target, "Connection: close"));

        assertThat(answer.status()).as("%s", answer).isEqualTo(400);
        HttpSurfaceFuzzTest.assertGraphError(answer, target);
        assertThat(log.errors()).as("errors logged").isEmpty();
    }

    /** Bug 5. */
    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"PUT", "DELETE", "PATCH", "OPTIONS"})
    void jettysOwnErrorsAreGraphErrorsForEveryMethod(String method) throws Exception {
        Reply badEncoding = send(RawHttp.request(method, RawHttp.ENDPOINT, null, "Transfer-Encoding: gzip", "Connection: close"));
        Reply hugeHeader = send(RawHttp.request(method, RawHttp.ENDPOINT, null, "X-Long: " + "v".repeat(70_000),
                "Connection: close"));

        HttpSurfaceFuzzTest.assertGraphError(badEncoding, method + " with Transfer-Encoding: gzip");
        HttpSurfaceFuzzTest.assertGraphError(hugeHeader, method + " with a 70 000-byte header");
    }

    /** Bug 13: close() answers every request in flight (done = response written; Jetty's 1 s shutdown idle timeout raised). */
    @Test
    void closeAnswersEveryRequestInFlight() throws Exception {
        for (int round = 0; round < 5; round++) {
            WamockServer slow = WamockServer.builder().start();
            slow.use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofSeconds(1)))));
            List<CompletableFuture<RawHttp.Outcome>> inFlight = new ArrayList<>();
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(40);
            for (int i = 0; i < 40; i++) {
                inFlight.add(CompletableFuture.supplyAsync(
                        () -> RawHttp.once(slow.port(), RawHttp.get(RawHttp.ENDPOINT, "Connection: close"), 30_000), clients));
            }
            while (slow.journal().total() < 40) {
                Thread.sleep(5);
            }
            slow.close();
            clients.shutdown();

            for (CompletableFuture<RawHttp.Outcome> f : inFlight) {
                RawHttp.Outcome outcome = f.get(30, TimeUnit.SECONDS);
                assertThat(outcome.kind()).as("round %d: a request in flight during close(): %s", round, outcome.detail())
                        .isEqualTo(RawHttp.Kind.ANSWERED);
            }
        }
    }

    private Reply admin(String method, String path, String body) throws Exception {
        return send(RawHttp.request(method, path, body, "Content-Type: application/json", "Connection: close"));
    }

    private Reply send(String raw) {
        RawHttp.Outcome outcome = RawHttp.once(port, raw, 10_000);
        assertThat(outcome.kind()).as("%s", outcome.detail()).isEqualTo(RawHttp.Kind.ANSWERED);
        return outcome.reply();
    }
}
