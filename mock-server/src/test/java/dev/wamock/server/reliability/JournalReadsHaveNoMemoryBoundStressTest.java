package dev.wamock.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, break 2, as the attack was reported: readers of a full ring (10 000 entries) that read slowly,
 * against the CLI in a JVM with a small heap. Before the fix, 100 readers at 1 byte/s ran a 256 MB heap
 * out of memory and the endpoint timed out for minutes. Prints its figures; timing bounds as {@link Latency}.
 */
@Tag("stress")
@Timeout(240)
class JournalReadsHaveNoMemoryBoundStressTest {
    static final int RING = 10_000;
    static final int READERS = 100;
    static final long ATTACK_SECONDS = 15;

    @Test
    void aHundredReadersReadingAByteEveryTenthOfASecondNeitherExhaustTheHeapNorSlowTheEndpoint(@TempDir Path dir)
            throws Exception {
        try (ChildServer child = ChildServer.startWithHeap(dir, "128m")) {
            int port = child.port();
            fill(port);
            Latency.measure(port, 100);
            Latency.Stats baseline = Latency.measure(port, Latency.BASELINE_REQUESTS);
            long rssBefore = rssKb(child);
            long rssPeak = rssBefore;

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ATTACK_SECONDS);
            Latency.Probe probe = new Latency.Probe(port);
            List<SlowReader> readers = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                SlowReader reader = new SlowReader(port, "/__wamock/journal", 100, deadline);
                readers.add(reader);
                Thread t = new Thread(reader, "slow-journal-reader-" + i);
                t.setDaemon(true);
                t.start();
                threads.add(t);
                Thread.sleep(10); // 100 connects in 1 s: a burst would overflow the accept queue (50)
            }
            while (System.nanoTime() < deadline) {
                rssPeak = Math.max(rssPeak, rssKb(child));
                Thread.sleep(250);
            }
            for (Thread t : threads) {
                t.join(5_000);
            }
            Latency.Stats during = probe.stop();
            long t0 = System.nanoTime();
            RawHttp.Outcome after = RawHttp.once(port, RawHttp.request("GET", "/__wamock/journal", null), 30_000);
            double afterMs = (System.nanoTime() - t0) / 1e6;

            List<SlowReader> served = readers.stream().filter(r -> r.status() == 200).toList();
            List<SlowReader> refused = readers.stream().filter(r -> r.status() == 503).toList();
            System.out.printf(Locale.ROOT, "journal reads under attack (-Xmx128m, ring %d, %d readers at 1 byte/100 ms for "
                    + "%d s): %d answered 200 (%d of them sent whole), %d refused 503 (first byte after %s ms), %d other; "
                    + "%d bytes read in all; RSS %d MB before, %d MB at most; normal client before %s, during %s; a full "
                    + "read after: %s in %.0f ms; server alive: %s%n", RING, READERS, ATTACK_SECONDS, served.size(),
                    served.stream().filter(SlowReader::whole).count(), refused.size(), range(refused),
                    READERS - served.size() - refused.size(), readers.stream().mapToLong(SlowReader::bytes).sum(),
                    rssBefore / 1024, rssPeak / 1024, baseline, during, after.kind() + (after.reply() == null
                    ? " " + after.detail() : " " + after.reply().status() + ", " + after.reply().bytes().length + " bytes"),
                    afterMs, child.process().isAlive());

            assertThat(child.process().isAlive()).as("server alive; stderr: %s", child.stderr()).isTrue();
            assertThat(child.stderr()).doesNotContain("OutOfMemoryError");
            assertThat(after.kind()).as("a full read after the attack: %s", after.detail()).isEqualTo(RawHttp.Kind.ANSWERED);
            assertThat(after.reply().json().path("entries").size()).isEqualTo(RING);
            assertThat(served).as("slow readers served").isNotEmpty()
                    .allSatisfy(r -> assertThat(r.whole()).as("a slow read sent whole: the slow-read cut-off did not fire").isFalse());
            assertThat(refused.size()).as("slow readers refused").isGreaterThanOrEqualTo(READERS - 2 * 2);
            assertWithinUsualLatency(baseline, during, READERS + " slow journal readers");
        }
    }

    @Test
    void sixteenReadersReadingTheWholeRingAgainAndAgainDoNotSlowTheEndpoint(@TempDir Path dir) throws Exception {
        try (ChildServer child = ChildServer.startWithHeap(dir, "128m")) {
            int port = child.port();
            fill(port);
            Latency.measure(port, 100);
            Latency.Stats baseline = Latency.measure(port, Latency.BASELINE_REQUESTS);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            Latency.Probe probe = new Latency.Probe(port);
            ExecutorService readers = Executors.newFixedThreadPool(16);
            List<Future<List<String>>> outcomes = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                outcomes.add(readers.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        seen.add(readWhole(port));
                    }
                    return seen;
                }));
            }
            List<String> seen = new ArrayList<>();
            for (Future<List<String>> f : outcomes) {
                seen.addAll(f.get());
            }
            readers.shutdown();
            Latency.Stats during = probe.stop();
            System.out.printf(Locale.ROOT, "16 journal readers at full speed for 10 s (-Xmx128m, ring %d): %d reads "
                    + "answered 200, %d refused 503, %d other %s; normal client before %s, during %s%n", RING,
                    seen.stream().filter("200"::equals).count(), seen.stream().filter("503"::equals).count(),
                    seen.stream().filter(o -> !o.equals("200") && !o.equals("503")).count(),
                    seen.stream().filter(o -> !o.equals("200") && !o.equals("503")).limit(3).toList(), baseline, during);

            assertThat(child.process().isAlive()).as("server alive; stderr: %s", child.stderr()).isTrue();
            assertThat(child.stderr()).doesNotContain("OutOfMemoryError");
            assertThat(seen).contains("200").allMatch(o -> o.equals("200") || o.equals("503"));
            assertWithinUsualLatency(baseline, during, "16 journal readers at full speed");
        }
    }

    /** During the attack no normal request failed and their p99 stayed within {@link Latency#limit}. */
    private static void assertWithinUsualLatency(Latency.Stats baseline, Latency.Stats during, String attack) {
        assertThat(during.failures()).as("normal requests that failed during %s (%s)", attack, during).isEmpty();
        assertThat(during.p99()).as("p99 of normal requests during %s: %s; baseline before: %s", attack, during, baseline)
                .isLessThan(Latency.limit(baseline, during));
    }

    /**
     * The whole journal on a fresh connection, read in 64 KiB gulps and not parsed (so the readers cost this
     * JVM, where the normal client is timed, little): "200" for a whole answer, "503", or what went wrong. With
     * {@code Connection: close} the body ends where the connection does, and a whole journal ends with "]}".
     */
    static String readWhole(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write("GET /__wamock/journal HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[65_536];
            StringBuilder head = new StringBuilder();
            long tail = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n && head.length() < 12; i++) {
                    head.append((char) buffer[i]);
                }
                for (int i = Math.max(0, n - 2); i < n; i++) {
                    tail = (tail << 8 | (buffer[i] & 0xff)) & 0xffff;
                }
            }
            String status = head.length() < 12 ? "no status line" : head.substring(9, 12);
            return status.equals("200") && tail != (']' << 8 | '}') ? "200 cut short" : status;
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String range(List<SlowReader> readers) {
        double[] ms = readers.stream().mapToDouble(SlowReader::firstByteMillis).sorted().toArray();
        return ms.length == 0 ? "-" : String.format(Locale.ROOT, "%.0f–%.0f", ms[0], ms[ms.length - 1]);
    }

    /** {@value #RING} normal requests over 4 keep-alive connections: a full ring. */
    static void fill(int port) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                done.add(clients.submit(() -> {
                    try (RawConnection connection = RawHttp.connect(port)) {
                        for (int i = 0; i < RING / 4; i++) {
                            assertThat(connection.send(RawHttp.get(RawHttp.ENDPOINT + "?fields=id,status,quality_rating")).status())
                                    .isEqualTo(200);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    /** The child's resident set size in KiB, from {@code /proc} (0 where there is none). */
    static long rssKb(ChildServer child) throws IOException {
        Path status = Path.of("/proc", String.valueOf(child.process().pid()), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
    }
}
