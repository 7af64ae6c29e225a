package dev.wamock.server.reliability;

import static dev.wamock.server.reliability.Wire.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests hammering the port while the server starts and while it closes. Each gets a whole answer or
 * none: refused at connect, or (while it closes) a connection the kernel had queued but the server never
 * accepted, reset before a single byte — never part of an answer, and the journal (memory and file) holds
 * exactly the requests that were answered, so a request that got no answer was never received.
 */
@Timeout(120)
class StormTest {
    static final int STORM_THREADS = 16;
    /** Each storm request waits 0–50 ms on the server, so many are in flight at any moment. */
    static final Scenario JITTER = Scenario.of("jitter",
            Step.passThrough().withDelay(Delay.uniform(Duration.ZERO, Duration.ofMillis(50))));

    @TempDir
    Path dir;

    @Test
    void requestsHammeringThePortWhileTheServerStartsAreRefusedOrAnsweredWhole() throws Exception {
        Latency.Stats baseline = baselineOfAQuietServer();
        int port = freePort();
        Storm storm = new Storm(port, Wire.get(ENDPOINT, "Connection: close"));
        WamockServer server;
        Latency.Stats during;
        try {
            Thread.sleep(300); // the storm hits a closed port first
            server = WamockServer.builder().port(port).journalFile(dir.resolve("journal.jsonl")).start();
            Latency.Probe probe = new Latency.Probe(port);
            during = probe.stop();
        } finally {
            storm.stop();
        }
        server.close();

        Map<Wire.Kind, Long> kinds = storm.kinds();
        System.out.println("start-up storm: " + kinds + "; normal client after start: " + during);
        assertThat(kinds).as("what the storm's requests came to").containsOnlyKeys(Wire.Kind.REFUSED, Wire.Kind.ANSWERED);
        assertThat(storm.statuses()).as("statuses of the answered storm requests").containsOnly(200);
        long answered = kinds.get(Wire.Kind.ANSWERED);
        assertThat(server.journal().total()).as("requests the server journaled").isEqualTo(answered + during.requests());
        assertThat(lines(dir.resolve("journal.jsonl"))).as("journal file lines").isEqualTo(answered + during.requests());
        assertThat(server.journalEntriesLost()).isZero();
        Latency.assertUsual(baseline, during, "a storm of " + STORM_THREADS + " clients right after start");
    }

    @Test
    void requestsInFlightWhileTheServerClosesAreAnsweredWholeOrNeverReceived() throws Exception {
        WamockServer server = WamockServer.builder().scenarios(JITTER).journalFile(dir.resolve("journal.jsonl")).start();
        int port = server.port();
        Latency.measure(port, 100);
        Latency.Stats baseline = Latency.measure(port, Latency.BASELINE_REQUESTS);
        server.reset();

        Storm storm = new Storm(port, Wire.get(ENDPOINT, "X-Wamock-Scenario: jitter", "Connection: close"));
        Latency.Stats during;
        try {
            Latency.Probe probe = new Latency.Probe(port);
            during = probe.stop();
            server.close(); // with the storm's requests in flight
            Thread.sleep(300);
        } finally {
            storm.stop();
        }

        Map<Wire.Kind, Long> kinds = storm.kinds();
        System.out.println("shutdown storm: " + kinds + " " + storm.unanswered() + "; normal client before close: " + during);
        assertThat(kinds).as("what the storm's requests came to").doesNotContainKeys(Wire.Kind.PARTIAL, Wire.Kind.TIMED_OUT);
        assertThat(storm.statuses()).as("statuses of the answered storm requests").containsOnly(200);
        long answered = kinds.get(Wire.Kind.ANSWERED);
        long unanswered = kinds.getOrDefault(Wire.Kind.CLOSED_UNANSWERED, 0L);
        long received = server.journal().total();
        // exactly the answered ones — plus, rarely, a request known bug 13 cuts off after it was journaled
        assertThat(received).as("requests the server received (answered %d, cut off without a byte %d)", answered, unanswered)
                .isBetween(answered + during.requests(), answered + during.requests() + unanswered);
        if (received > answered + during.requests()) {
            System.out.println("known bug 13 (docs/reliability.md): " + (received - answered - during.requests())
                    + " request(s) journaled as answered, but their client got no byte");
        }
        assertThat(lines(dir.resolve("journal.jsonl"))).as("journal file lines (reset() leaves the file alone)")
                .isEqualTo(100 + Latency.BASELINE_REQUESTS + received);
        assertThat(server.journalEntriesLost()).isZero();
        assertThat(kinds.getOrDefault(Wire.Kind.REFUSED, 0L)).as("requests refused once the server closed").isPositive();
        Latency.assertUsual(baseline, during, "a storm of " + STORM_THREADS + " clients before close");
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

    /** {@value #STORM_THREADS} threads sending {@code request} on fresh connections, back to back, until stopped. */
    static final class Storm {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Wire.Outcome> outcomes = new ConcurrentLinkedQueue<>();
        private final List<Thread> threads;

        Storm(int port, String request) {
            threads = java.util.stream.IntStream.range(0, STORM_THREADS).mapToObj(i -> {
                Thread t = new Thread(() -> {
                    while (running.get()) {
                        outcomes.add(Wire.once(port, request, 5_000));
                    }
                }, "storm-" + i);
                t.start();
                return t;
            }).toList();
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(15_000);
            }
        }

        Map<Wire.Kind, Long> kinds() {
            return outcomes.stream().collect(Collectors.groupingBy(Wire.Outcome::kind, () -> new EnumMap<>(Wire.Kind.class),
                    Collectors.counting()));
        }

        List<Integer> statuses() {
            return outcomes.stream().filter(o -> o.answer() != null).map(o -> o.answer().status()).distinct().toList();
        }

        /** How the connections that got no answer ended. */
        Map<String, Long> unanswered() {
            return outcomes.stream().filter(o -> o.kind() == Wire.Kind.CLOSED_UNANSWERED)
                    .collect(Collectors.groupingBy(Wire.Outcome::detail, Collectors.counting()));
        }
    }
}
