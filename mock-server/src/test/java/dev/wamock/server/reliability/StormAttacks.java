package dev.wamock.server.reliability;

import static dev.wamock.server.testing.RawHttp.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawHttp;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Requests hammering the port while the server starts and while it closes ({@link Storm}). Each gets a whole
 * answer or none: refused at connect, or (while it closes) a connection the kernel had queued but the server
 * never accepted, reset before a single byte — never part of an answer, and the journal (memory and file)
 * holds exactly the requests that were answered. Attacks of the hostile-client suite, like {@link HangUpAttacks}.
 */
final class StormAttacks {
    /** Each storm request waits 0–50 ms on the server, so many are in flight at any moment. */
    static final Scenario JITTER = Scenario.of("jitter",
            Step.passThrough().withDelay(Delay.uniform(Duration.ZERO, Duration.ofMillis(50))));

    private StormAttacks() {
    }

    /**
     * {@value Storm#THREADS} threads hammer a closed port for 300 ms, then the server starting on it, until the
     * normal client has measured.
     */
    static Attacked whileStarting(Path dir) throws Exception {
        Latency.Stats baseline = baselineOfAQuietServer();
        int port = freePort();
        Path file = dir.resolve("start-storm.jsonl");
        Storm storm = new Storm(port, RawHttp.get(ENDPOINT, "Connection: close"));
        WamockServer server;
        Latency.Stats during;
        try {
            Thread.sleep(300); // the storm hits a closed port first
            server = WamockServer.builder().port(port).journalFile(file).start();
            during = new Latency.Probe(port).stop();
        } finally {
            storm.stop();
        }
        server.close();

        Map<RawHttp.Kind, Long> kinds = storm.kinds();
        System.out.println("start-up storm: " + kinds + "; normal client after start: " + during);
        Latency.assertAnswered(during, "a storm of " + Storm.THREADS + " clients right after start");
        assertThat(kinds).as("what the storm's requests came to")
                .containsOnlyKeys(RawHttp.Kind.REFUSED, RawHttp.Kind.ANSWERED);
        assertThat(storm.statuses()).as("statuses of the answered storm requests").containsOnly(200);
        long answered = kinds.get(RawHttp.Kind.ANSWERED);
        assertThat(server.journal().total()).as("requests the server journaled")
                .isEqualTo(answered + during.requests());
        assertThat(lines(file)).as("journal file lines").isEqualTo(answered + during.requests());
        assertThat(server.journalEntriesLost()).isZero();
        return new Attacked(storm.count(), baseline, during);
    }

    /** {@value Storm#THREADS} threads with requests in flight (0–50 ms on the server) while {@code close()} runs. */
    static Attacked whileClosing(Path dir) throws Exception {
        Path file = dir.resolve("close-storm.jsonl");
        WamockServer server = WamockServer.builder().scenarios(JITTER).journalFile(file).start();
        int port = server.port();
        Latency.measure(port, 100);
        Latency.Stats baseline = Latency.measure(port, Latency.BASELINE_REQUESTS);
        server.reset();

        Storm storm = new Storm(port, RawHttp.get(ENDPOINT, "X-Wamock-Scenario: jitter", "Connection: close"));
        Latency.Stats during;
        try {
            during = new Latency.Probe(port).stop();
            server.close(); // with the storm's requests in flight
            Thread.sleep(300);
        } finally {
            storm.stop();
        }

        Map<RawHttp.Kind, Long> kinds = storm.kinds();
        System.out.println("shutdown storm: " + kinds + " " + storm.unanswered() + "; normal client before close: "
                + during);
        Latency.assertAnswered(during, "a storm of " + Storm.THREADS + " clients before close");
        assertThat(kinds).as("what the storm's requests came to")
                .doesNotContainKeys(RawHttp.Kind.PARTIAL, RawHttp.Kind.TIMED_OUT);
        assertThat(storm.statuses()).as("statuses of the answered storm requests").containsOnly(200);
        long answered = kinds.get(RawHttp.Kind.ANSWERED);
        long unanswered = kinds.getOrDefault(RawHttp.Kind.CLOSED_UNANSWERED, 0L);
        long received = server.journal().total();
        // exactly the answered ones — plus, rarely, a request cut off after it was journaled (known bug 13)
        assertThat(received)
                .as("requests the server received (answered %d, cut off without a byte %d)", answered, unanswered)
                .isBetween(answered + during.requests(), answered + during.requests() + unanswered);
        if (received > answered + during.requests()) {
            System.out.println("known bug 13 (docs/reliability.md): " + (received - answered - during.requests())
                    + " request(s) journaled as answered, but their client got no byte");
        }
        assertThat(lines(file)).as("journal file lines (reset() leaves the file alone)")
                .isEqualTo(100 + Latency.BASELINE_REQUESTS + received);
        assertThat(server.journalEntriesLost()).isZero();
        assertThat(kinds.getOrDefault(RawHttp.Kind.REFUSED, 0L)).as("requests refused once the server closed")
                .isPositive();
        return new Attacked(storm.count(), baseline, during);
    }

    /** The p99 of a server nobody else talks to, after warming this JVM up on it. */
    private static Latency.Stats baselineOfAQuietServer() {
        try (WamockServer quiet = WamockServer.start()) {
            Latency.measure(quiet.port(), 100);
            return Latency.measure(quiet.port(), Latency.BASELINE_REQUESTS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long lines(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }
}
