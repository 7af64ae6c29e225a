package dev.wamock.server.reliability;

import static dev.wamock.server.reliability.Wire.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.SlowBody;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that break the rules — hang up halfway through a request or an answer, trickle their headers
 * or their body — cost the server nothing that normal clients notice: while they run, a normal client's
 * requests all succeed and their p99 stays within {@link Latency#limit} of the p99 just before.
 */
@Timeout(120)
class HostileClientsTest {
    /** A 200 that dribbles its body: 10 pieces over 5 seconds. */
    static final Scenario DRIBBLE = Scenario.of("dribble",
            Step.passThrough().withSlowBody(new SlowBody(10, Duration.ofSeconds(5))));

    /** How long each attack lasts while the normal client measures. */
    static final Duration ATTACK = Duration.ofSeconds(3);

    private ServerLog log;
    private WamockServer server;
    private int port;

    @BeforeEach
    void start() {
        log = ServerLog.capture();
        server = WamockServer.builder().scenarios(DRIBBLE).journalCapacity(100_000).start();
        port = server.port();
        Latency.measure(port, 100); // warm up: class loading and JIT before any baseline
    }

    @AfterEach
    void stop() {
        server.close();
        log.close();
    }

    @Test
    void clientsThatHangUpHalfwayThroughTheirHeadersCostNothing() throws Exception {
        Latency.Stats baseline = Latency.measure(port, Latency.BASELINE_REQUESTS);
        server.reset();

        Latency.Probe probe = new Latency.Probe(port);
        String request = Wire.get(ENDPOINT, "Accept: application/json", "User-Agent: half-a-client");
        byte[] half = request.substring(0, request.length() / 2).getBytes(StandardCharsets.ISO_8859_1); // into the headers
        int hungUp = 0;
        // at most 2 000: each leaves a TIME_WAIT socket on this machine, and 28 000 ephemeral ports run out
        // for the probe's own connections long before the server feels anything (accept queue 1 024)
        for (long end = System.nanoTime() + ATTACK.toNanos(); System.nanoTime() < end && hungUp < 2_000; hungUp++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(half);
            }
        }
        Latency.Stats during = probe.stop();

        Latency.assertUsual(baseline, during, hungUp + " clients hanging up halfway through their headers");
        assertThat(hungUp).isGreaterThan(100);
        assertThat(server.journal().total()).as("requests journaled: the probe's only, no half request")
                .isEqualTo(during.requests());
        assertThat(log.errors()).as("errors logged").isEmpty();
    }

    @Test
    void clientsThatHangUpInTheMiddleOfASlowAnswerAreLetGoAtOnceAndJournaledAsHungUp() throws Exception {
        Latency.Stats baseline = Latency.measure(port, Latency.BASELINE_REQUESTS);
        server.reset();

        Latency.Probe probe = new Latency.Probe(port);
        int hungUp = hangUpOnSlowAnswers(port, 10, 10, Duration.ofMillis(300));
        Latency.Stats during = probe.stop();

        Latency.assertUsual(baseline, during, hungUp + " clients hanging up in the middle of slow answers");
        List<JournalEntry> dribbled = awaitEntries(e -> "dribble".equals(e.scenario()), hungUp);
        assertThat(dribbled).as("slow answers whose client hung up").hasSize(hungUp)
                .allSatisfy(e -> assertThat(e.latencyMicros()).as("server time of %s, scripted to take 5 s", e.describe())
                        .isLessThan(Duration.ofSeconds(1).toNanos() / 1_000))
                .allSatisfy(e -> assertThat(e.outcome().wireName()).as(e.describe()).isEqualTo("client-hung-up"));
        assertThat(server.journal().total()).isEqualTo(during.requests() + (long) hungUp);
        assertThat(log.errors()).as("errors logged").isEmpty();
    }

    @Test
    void fourHundredSlowlorisConnectionsTricklingHeadersDoNotStarveNormalClients() throws Exception {
        Latency.Stats baseline = Latency.measure(port, Latency.BASELINE_REQUESTS);
        server.reset();

        List<Wire.Connection> loris = new ArrayList<>();
        try {
            for (int i = 0; i < 400; i++) { // connected first: a burst of connects is StormTest's subject, not this one's
                Wire.Connection c = new Wire.Connection(port);
                c.write(("GET " + ENDPOINT + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: ").getBytes(StandardCharsets.ISO_8859_1));
                loris.add(c);
            }
            Latency.Probe probe = new Latency.Probe(port);
            long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
            while (System.nanoTime() < end) { // one header byte per connection every 250 ms, for 6 s, 20 at a time
                for (int i = 0; i < loris.size(); i++) {
                    loris.get(i).write(new byte[] {'a'});
                    if (i % 20 == 19) {
                        Thread.sleep(250 / (loris.size() / 20));
                    }
                }
            }
            Latency.Stats during = probe.stop();

            Latency.assertUsual(baseline, during, "400 connections trickling header bytes");
            int answered = 0;
            for (Wire.Connection c : loris) { // no header deadline: each trickled request is still answered
                Wire.Answer a = c.send("\r\n" + Wire.AUTH + "\r\nConnection: close\r\n\r\n");
                assertThat(a.status()).as("answer to a request whose headers took 6 s").isEqualTo(200);
                answered++;
            }
            assertThat(answered).isEqualTo(400);
            assertThat(server.journal().total()).isEqualTo(during.requests() + 400L);
        } finally {
            loris.forEach(Wire.Connection::close);
        }
        assertThat(log.errors()).as("errors logged").isEmpty();
    }

    /**
     * Bodies trickled at 4 bytes a second: to the admin API (its handlers read the body, one Jetty thread
     * each, fewer than the pool's 250) and to the endpoint (which never reads a GET's body).
     */
    @Test
    void slowBodyClientsDoNotStarveNormalClients() throws Exception {
        Latency.Stats baseline = Latency.measure(port, Latency.BASELINE_REQUESTS);
        server.reset();

        String body = "{\"delayScale\": 1}   ";
        List<Wire.Connection> admin = new ArrayList<>();
        List<Wire.Connection> endpoint = new ArrayList<>();
        try {
            for (int i = 0; i < 150; i++) {
                Wire.Connection a = new Wire.Connection(port);
                a.write(Wire.request("POST", "/__wamock/clock", body, "Content-Type: application/json", "Connection: close")
                        .replace(body, "").getBytes(StandardCharsets.ISO_8859_1));
                admin.add(a);
                Wire.Connection e = new Wire.Connection(port);
                e.write(Wire.request("GET", ENDPOINT, body, Wire.AUTH, "Connection: close")
                        .replace(body, "").getBytes(StandardCharsets.ISO_8859_1));
                endpoint.add(e);
            }
            Latency.Probe probe = new Latency.Probe(port);
            for (int i = 0; i < body.length(); i++) { // 20 bytes at 4 a second: 5 s
                for (Wire.Connection c : admin) {
                    c.write(new byte[] {(byte) body.charAt(i)});
                }
                Thread.sleep(250);
            }
            Latency.Stats during = probe.stop();

            Latency.assertUsual(baseline, during, "300 connections trickling request bodies");
            for (Wire.Connection c : admin) {
                Wire.Answer a = Wire.read(c.in(), false);
                assertThat(a.status()).as("admin answer to a body that took 5 s: %s", a).isEqualTo(200);
            }
            for (Wire.Connection c : endpoint) {
                Wire.Answer a = Wire.read(c.in(), false);
                assertThat(a.status()).as("endpoint answer to a GET with a slow body: %s", a).isEqualTo(200);
            }
        } finally {
            admin.forEach(Wire.Connection::close);
            endpoint.forEach(Wire.Connection::close);
        }
        assertThat(log.errors()).as("errors logged").isEmpty();
    }

    /**
     * {@code clients} threads, each {@code times} times: asks for a dribbled answer, reads its first 20 bytes,
     * hangs up, waits {@code pause}. Returns how many hung up.
     */
    static int hangUpOnSlowAnswers(int port, int clients, int times, Duration pause) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> hangUps = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                hangUps.add(pool.submit(() -> {
                    for (int n = 0; n < times; n++) {
                        try (Socket socket = new Socket("127.0.0.1", port)) {
                            socket.setSoTimeout(10_000);
                            socket.getOutputStream().write(Wire.get(ENDPOINT, "X-Wamock-Scenario: dribble")
                                    .getBytes(StandardCharsets.ISO_8859_1));
                            assertThat(socket.getInputStream().readNBytes(20)).hasSize(20); // then hang up
                        }
                        Thread.sleep(pause.toMillis());
                    }
                    return times;
                }));
            }
            int hungUp = 0;
            for (Future<Integer> f : hangUps) {
                hungUp += f.get(60, TimeUnit.SECONDS);
            }
            return hungUp;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<JournalEntry> awaitEntries(java.util.function.Predicate<JournalEntry> which, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<JournalEntry> found = server.journal().where(which);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
            found = server.journal().where(which);
        }
        return found;
    }
}
