package dev.wamock.server.reliability;

import static dev.wamock.server.testing.RawHttp.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.SlowBody;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawHttp;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Clients that hang up: halfway through their headers, or in the middle of a slow answer. Each method is one
 * attack of the hostile-client suite, asserts what must hold on any machine, and returns the normal client's
 * latency for the stress suite to judge.
 */
final class HangUpAttacks {
    /** A 200 that dribbles its body: 10 pieces over 10 minutes, so an answer not let go is plain to see. */
    static final Scenario DRIBBLE = Scenario.of("dribble",
            Step.passThrough().withSlowBody(new SlowBody(10, Duration.ofMinutes(10))));
    /** A server time well under the dribble's first pause (66 s): the answer stopped when its client left. */
    static final Duration LET_GO = Duration.ofSeconds(30);

    private HangUpAttacks() {
    }

    /**
     * Connections a second of {@link #halfHeaders()}: a fixed rate, so every run puts the same load on the server.
     * A loop as fast as it could go made 595-2 000 in 3 s from one run to the next, in bursts that overflowed the
     * kernel's accept queue (50), so it measured the queue, not wamock; paced, 300-1 000 a second leave a normal
     * client's p99 at 3-12 ms, the idle control server's.
     */
    static final int HALF_HEADERS_PER_SECOND = 500;

    /** {@value #HALF_HEADERS_PER_SECOND} connections a second for 3 s that send half their headers and hang up. */
    static Attacked halfHeaders() throws Exception {
        return halfHeaders(HALF_HEADERS_PER_SECOND, Duration.ofSeconds(3));
    }

    /**
     * Not journaled, nothing logged; paced at {@code perSecond}. Half a second of them before the normal client starts,
     * so what it measures is the flood, not the JIT compiling how a server drops a half request (a first run's p99
     * was 12-37 ms without, 5.7-8.3 ms after).
     */
    static Attacked halfHeaders(int perSecond, Duration lasting) throws Exception {
        try (Arena arena = Arena.start(WamockServer.builder().journalCapacity(100_000))) {
            String request = RawHttp.get(ENDPOINT, "Accept: application/json", "User-Agent: half-a-client");
            // half of it: into the headers
            byte[] half = request.substring(0, request.length() / 2).getBytes(StandardCharsets.ISO_8859_1);
            hangUpHalfway(arena.port, half, perSecond, Duration.ofMillis(500));
            Latency.Probe probe = new Latency.Probe(arena.port);
            int hungUp = hangUpHalfway(arena.port, half, perSecond, lasting);
            Latency.Stats during = probe.stop();

            Latency.assertAnswered(during, hungUp + " clients hanging up halfway through their headers");
            assertThat(hungUp).isPositive();
            assertThat(arena.server.journal().total()).as("requests journaled: the probe's only, no half request")
                    .isEqualTo(during.requests());
            assertThat(arena.log.errors()).as("errors logged").isEmpty();
            return arena.attacked(hungUp, during);
        }
    }

    /** Connects at {@code perSecond} for {@code lasting}, each sending {@code half} and hanging up; catches up when late. */
    private static int hangUpHalfway(int port, byte[] half, int perSecond, Duration lasting) throws Exception {
        // each leaves a TIME_WAIT socket on this machine: bounded well under the 28 000 ephemeral ports
        long total = perSecond * lasting.toMillis() / 1_000;
        long period = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        long end = start + lasting.toNanos();
        int hungUp = 0;
        for (; hungUp < total && System.nanoTime() < end; hungUp++) {
            LockSupport.parkNanos(start + hungUp * period - System.nanoTime());
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(half);
            }
        }
        return hungUp;
    }

    /**
     * 100 clients (10 at a time, 300 ms apart) read 20 bytes of a {@link #DRIBBLE} and hang up: each answer is
     * journaled once as {@code client-hung-up}, stopped long before its next piece, and nothing is logged.
     */
    static Attacked midSlowAnswer() throws Exception {
        try (Arena arena = Arena.start(WamockServer.builder().scenarios(DRIBBLE).journalCapacity(100_000))) {
            Latency.Probe probe = new Latency.Probe(arena.port);
            int hungUp = hangUpOnSlowAnswers(arena.port, 10, 10, Duration.ofMillis(300));
            Latency.Stats during = probe.stop();

            Latency.assertAnswered(during, hungUp + " clients hanging up in the middle of slow answers");
            List<JournalEntry> dribbled = awaitEntries(arena.server, e -> "dribble".equals(e.scenario()), hungUp);
            assertThat(dribbled).as("slow answers whose client hung up").hasSize(hungUp)
                    .allSatisfy(e -> assertThat(e.latencyMicros())
                            .as("server time of %s, scripted to take 10 min", e.describe())
                            .isLessThan(LET_GO.toNanos() / 1_000))
                    .allSatisfy(e -> assertThat(e.outcome()).as(e.describe()).isEqualTo(Outcome.CLIENT_HUNG_UP));
            assertThat(arena.server.journal().total()).isEqualTo(during.requests() + (long) hungUp);
            assertThat(arena.log.errors()).as("errors logged").isEmpty();
            return arena.attacked(hungUp, during);
        }
    }

    /**
     * Known bug 8's attack: rounds of 20 clients × 20 hang-ups on a {@link #DRIBBLE}, back to back, for 2 s and then
     * for as long as the normal client measures (at most 60 s): every normal request still answered.
     */
    static Attacked backToBack() throws Exception {
        try (Arena arena = Arena.start(WamockServer.builder().scenarios(DRIBBLE))) {
            AtomicBoolean attacking = new AtomicBoolean(true);
            CompletableFuture<Integer> attack = CompletableFuture.supplyAsync(() -> {
                int hungUp = 0;
                try {
                    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (attacking.get() && System.nanoTime() < end) {
                        hungUp += hangUpOnSlowAnswers(arena.port, 20, 20, Duration.ZERO);
                    }
                    return hungUp;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(2_000); // abandoned answers pile up while the probe has not started
            Latency.Probe probe = new Latency.Probe(arena.port);
            Latency.Stats during = probe.stop();
            attacking.set(false);
            int hungUp = attack.get(120, TimeUnit.SECONDS);

            Latency.assertAnswered(during, "20 clients hanging up on slow answers, back to back");
            assertThat(hungUp).as("slow answers hung up on").isPositive();
            return arena.attacked(hungUp, during);
        }
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
                            socket.getOutputStream().write(RawHttp.get(ENDPOINT, "X-Wamock-Scenario: dribble")
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

    private static List<JournalEntry> awaitEntries(WamockServer server, Predicate<JournalEntry> which, int count)
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
