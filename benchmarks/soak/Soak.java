import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.engine.Mappers;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soak: {@code java -jar wamock-server.jar} as a child process (so RSS is the server's), driven by raw
 * keep-alive connections with a mix of normal requests and chaos scenarios, for a fixed time. Reports
 * requests served, errors no scenario scripted, journal entries (file lines and the ring's total/dropped)
 * against requests sent, the client's and the journal's tally of every outcome, RSS every 10 s and p99 over
 * time. Exit 0 only with no unscripted error, nothing lost, tallies equal and a clean stop (exit 0 on SIGTERM).
 *
 * <pre>benchmarks/soak/run.sh [--seconds N] [--connections 50] [--rate 1000] [--server-jvm "-Xmx256m"] [--keep-journal]</pre>
 */
public class Soak {
    static final String NUMBER = "106540352242922";
    static final int SAMPLE_SECONDS = 10;

    /** What a client asks for, how often, and every outcome a scenario may script for it. */
    enum Kind {
        PLAIN(36, "/v23.0/" + NUMBER, null, true, null, "200"),
        FIELDS(10, "/v23.0/" + NUMBER + "?fields=verified_name,quality_rating,messaging_limit_tier&access_token=soak-query-token", null, false, null, "200"),
        UNKNOWN_NUMBER(5, "/v23.0/999", null, true, null, "404"),
        NO_TOKEN(4, "/v23.0/" + NUMBER, null, false, null, "401"),
        MAGIC_429(5, "/v23.0/555000000429", null, true, "http-429", "429"),
        HEADER_500(5, "/v23.0/" + NUMBER, "http-500", true, "http-500", "500"),
        EVERY_THIRD(10, "/v23.0/" + NUMBER, "soak-every-third", true, "soak-every-third", "200", "500"),
        LATENCY(10, "/v23.0/" + NUMBER, "soak-latency", true, "soak-latency", "200"),
        FLAKY(15, "/v23.0/" + NUMBER, "soak-flaky", true, "soak-flaky", "200", "503", "reset");

        final int weight;
        final byte[] request;
        final String scenario;
        final Set<String> scripted;

        Kind(int weight, String target, String header, boolean token, String scenario, String... scripted) {
            this.weight = weight;
            this.scenario = scenario;
            this.scripted = Set.of(scripted);
            this.request = ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (token ? "Authorization: Bearer soak-token-0001\r\n" : "")
                    + (header == null ? "" : "X-Wamock-Scenario: " + header + "\r\n") + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        }

        /** The journal's key of an outcome: the scenario that answered, and the status or the fault. */
        String key(String outcome) {
            return (scenario == null ? "-" : scenario) + " " + outcome;
        }
    }

    // ---- options
    int seconds = 600;
    int connections = 50;
    int rate = 1000;
    String serverJvm = "-Xmx256m";
    boolean keepJournal;
    Path jar = Path.of("mock-server/target/wamock-server.jar");
    Path scenarios = Path.of("benchmarks/soak/soak-scenarios.yaml");
    Path out = Path.of("benchmarks/soak/target");

    // ---- what happened
    final LongAdder sent = new LongAdder();
    final LongAdder served = new LongAdder();
    final LongAdder reconnects = new LongAdder();
    final Map<String, LongAdder> clientTally = new ConcurrentHashMap<>();
    final Map<String, LongAdder> unscripted = new ConcurrentHashMap<>();
    final List<String> unscriptedExamples = java.util.Collections.synchronizedList(new ArrayList<>());
    final Interval[] intervals;
    final AtomicBoolean running = new AtomicBoolean(true);
    final List<String> failures = new ArrayList<>();
    PrintStream report;

    Soak(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--server-jvm" -> serverJvm = args[++i];
                case "--keep-journal" -> keepJournal = true;
                case "--jar" -> jar = Path.of(args[++i]);
                case "--scenarios" -> scenarios = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --seconds N --connections N --rate N (0: as fast as possible) --server-jvm OPTS"
                        + " --keep-journal --jar PATH --scenarios PATH --out DIR");
            }
        }
        intervals = new Interval[seconds / SAMPLE_SECONDS + 2];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = new Interval();
        }
    }

    public static void main(String[] args) throws Exception {
        System.exit(new Soak(args).run());
    }

    int run() throws Exception {
        Files.createDirectories(out);
        String stamp = Instant.now().toString().replace(":", "").replaceAll("\\..*", "");
        Path journal = out.resolve("journal-" + stamp + ".jsonl");
        Path stderr = out.resolve("server-stderr-" + stamp + ".txt");
        Path reportFile = out.resolve("soak-" + seconds + "s-" + stamp + ".md");
        report = new PrintStream(new TeeStream(System.out, Files.newOutputStream(reportFile)), true, StandardCharsets.UTF_8);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(serverJvm.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(), "--port", "0", "--journal-file", journal.toString(),
                "--scenarios", scenarios.toString()));
        Process server = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        try {
            int port = awaitBanner(server, stderr);
            report.printf("# wamock soak, %s%n%n%d s, %d keep-alive connections, target %s req/s; server: %s (pid %d)%n"
                            + "machine: %d cores, %s %s, Java %s, load average at start %s%n%n", stamp, seconds, connections,
                    rate == 0 ? "unlimited" : rate, String.join(" ", command.subList(1, command.size())), server.pid(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                    System.getProperty("java.version"), loadAverage());
            report.println("| t (s) | requests | req/s | RSS (MB) | heap committed (MB) | heap after GC (MB) | p50 plain (ms)"
                    + " | p99 plain (ms) | p99 all (ms) | unscripted | load avg |");
            report.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            long start = System.nanoTime();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int id = c;
                Thread t = new Thread(() -> client(port, id, start), "soak-client-" + c);
                t.start();
                clients.add(t);
            }
            List<long[]> rss = sample(server.pid(), start);
            running.set(false);
            for (Thread t : clients) {
                t.join(30_000);
            }
            double took = (System.nanoTime() - start) / 1e9;
            checkRing(port);
            server.destroy(); // SIGTERM: the CLI drains, flushes the journal file, exits 0 when every exchange was journaled
            boolean exited = server.waitFor(60, TimeUnit.SECONDS);
            int exit = exited ? server.exitValue() : -1;
            summarize(took, rss, exit, journal, stderr);
        } finally {
            server.destroyForcibly();
            if (!keepJournal) {
                Files.deleteIfExists(journal);
            }
        }
        report.printf("%nreport: %s%n", reportFile);
        report.println(failures.isEmpty() ? "SOAK PASSED" : "SOAK FAILED: " + String.join("; ", failures));
        return failures.isEmpty() ? 0 : 1;
    }

    /** One keep-alive connection: a seeded mix of kinds, paced to its share of the rate, reconnecting after faults. */
    void client(int port, int id, long start) {
        SplittableRandom random = new SplittableRandom(1_000 + id);
        long interval = rate == 0 ? 0 : 1_000_000_000L * connections / rate;
        long next = start + random.nextLong(Math.max(1, interval));
        long end = start + seconds * 1_000_000_000L;
        Connection c = null;
        while (running.get() && System.nanoTime() < end) {
            if (interval > 0) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    sleepNanos(wait);
                }
                next += interval;
            }
            Kind kind = pick(random);
            try {
                if (c == null) {
                    c = new Connection(port);
                }
            } catch (IOException e) {
                record(kind, "connect-failed", 0, start, e.toString());
                continue;
            }
            long t0 = System.nanoTime();
            sent.increment();
            String outcome;
            String detail = null;
            try {
                int status = c.exchange(kind.request);
                outcome = String.valueOf(status);
                served.increment();
                if (c.closing) {
                    c.close();
                    c = null;
                }
            } catch (Connection.Partial e) {
                outcome = "partial";
                detail = e.getMessage();
            } catch (SocketTimeoutException e) {
                outcome = "timeout";
                detail = e.toString();
            } catch (SocketException e) {
                outcome = String.valueOf(e.getMessage()).contains("reset") ? "reset" : "socket-error";
                detail = e.toString();
            } catch (EOFException e) {
                outcome = "no-response";
                detail = e.toString();
            } catch (IOException e) {
                outcome = "io-error";
                detail = e.toString();
            }
            if (!Character.isDigit(outcome.charAt(0)) && c != null) {
                c.close();
                c = null;
                reconnects.increment();
            }
            record(kind, outcome, System.nanoTime() - t0, start, detail);
        }
        if (c != null) {
            c.close();
        }
    }

    void record(Kind kind, String outcome, long nanos, long start, String detail) {
        clientTally.computeIfAbsent(kind.key(outcome), k -> new LongAdder()).increment();
        boolean ok = kind.scripted.contains(outcome);
        if (!ok) {
            unscripted.computeIfAbsent(kind + " → " + outcome, k -> new LongAdder()).increment();
            if (unscriptedExamples.size() < 20) {
                unscriptedExamples.add(kind + " → " + outcome + (detail == null ? "" : " (" + detail + ")"));
            }
        }
        int slot = (int) Math.min(intervals.length - 1, (System.nanoTime() - start) / 1_000_000_000L / SAMPLE_SECONDS);
        intervals[slot].add(kind == Kind.PLAIN || kind == Kind.FIELDS, nanos, !ok);
    }

    Kind pick(SplittableRandom random) {
        int total = Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();
        int r = random.nextInt(total);
        for (Kind k : Kind.values()) {
            r -= k.weight;
            if (r < 0) {
                return k;
            }
        }
        throw new IllegalStateException();
    }

    /**
     * Every 10 s until the run ends: seconds since start, RSS (kB), and from the server's JVM (attach + JMX)
     * its committed heap and its heap in use after the last GC (kB; -1 when JMX is not reachable).
     */
    List<long[]> sample(long pid, long start) throws InterruptedException, IOException {
        Heap heap = Heap.attach(pid);
        List<long[]> samples = new ArrayList<>();
        samples.add(new long[] {0, rssKb(pid), heap.committedKb(), heap.afterGcKb()});
        for (int i = 1; i <= seconds / SAMPLE_SECONDS; i++) {
            long due = start + i * SAMPLE_SECONDS * 1_000_000_000L;
            sleepNanos(due - System.nanoTime());
            long[] s = {i * SAMPLE_SECONDS, rssKb(pid), heap.committedKb(), heap.afterGcKb()};
            samples.add(s);
            Interval iv = intervals[i - 1];
            report.printf("| %d | %d | %.0f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %d | %s |%n", i * SAMPLE_SECONDS,
                    iv.count(), iv.count() / (double) SAMPLE_SECONDS, s[1] / 1024.0, s[2] / 1024.0, s[3] / 1024.0,
                    iv.plain(50), iv.plain(99), iv.all(99), iv.unscripted(), loadAverage());
        }
        heap.close();
        return samples;
    }

    /** The server JVM's heap through the attach API and JMX; every value -1 when that is not possible. */
    static final class Heap implements AutoCloseable {
        private final javax.management.remote.JMXConnector connector;
        private final java.lang.management.MemoryMXBean memory;
        private final List<com.sun.management.GarbageCollectorMXBean> collectors;
        private final Set<String> heapPools;

        private Heap(javax.management.remote.JMXConnector connector, java.lang.management.MemoryMXBean memory,
                     List<com.sun.management.GarbageCollectorMXBean> collectors, Set<String> heapPools) {
            this.connector = connector;
            this.memory = memory;
            this.collectors = collectors;
            this.heapPools = heapPools;
        }

        static Heap attach(long pid) {
            try {
                com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(String.valueOf(pid));
                String address = vm.startLocalManagementAgent();
                vm.detach();
                var connector = javax.management.remote.JMXConnectorFactory.connect(
                        new javax.management.remote.JMXServiceURL(address));
                var connection = connector.getMBeanServerConnection();
                var memory = java.lang.management.ManagementFactory.newPlatformMXBeanProxy(connection,
                        java.lang.management.ManagementFactory.MEMORY_MXBEAN_NAME, java.lang.management.MemoryMXBean.class);
                var collectors = java.lang.management.ManagementFactory.getPlatformMXBeans(connection,
                        com.sun.management.GarbageCollectorMXBean.class);
                Set<String> heapPools = new java.util.HashSet<>();
                for (var pool : java.lang.management.ManagementFactory.getPlatformMXBeans(connection,
                        java.lang.management.MemoryPoolMXBean.class)) {
                    if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                        heapPools.add(pool.getName());
                    }
                }
                return new Heap(connector, memory, collectors, heapPools);
            } catch (Exception | LinkageError e) {
                System.err.println("soak: no JMX view of the server's heap (" + e + "); RSS only");
                return new Heap(null, null, List.of(), Set.of());
            }
        }

        long committedKb() {
            try {
                return memory == null ? -1 : memory.getHeapMemoryUsage().getCommitted() / 1024;
            } catch (RuntimeException e) {
                return -1;
            }
        }

        /** Heap in use (heap pools only, not metaspace or code) right after the most recent collection of any kind. */
        long afterGcKb() {
            try {
                com.sun.management.GcInfo latest = null;
                for (var c : collectors) {
                    com.sun.management.GcInfo info = c.getLastGcInfo();
                    if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
                        latest = info;
                    }
                }
                return latest == null ? -1 : latest.getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum() / 1024;
            } catch (RuntimeException e) {
                return -1;
            }
        }

        @Override
        public void close() {
            try {
                if (connector != null) {
                    connector.close();
                }
            } catch (IOException ignored) {
                // the server may be gone
            }
        }
    }

    /** The ring (GET /__wamock/journal): total == sent, dropped adds up, the last entries are there. */
    void checkRing(int port) throws IOException {
        long expected = sent.sum();
        try (Connection c = new Connection(port)) {
            c.exchange(("GET /__wamock/journal?since=" + expected + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            var all = Mappers.JSON.readTree(c.body);
            c.exchange(("GET /__wamock/journal?since=" + Math.max(0, expected - 100) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            var last = Mappers.JSON.readTree(c.body);
            long total = all.path("total").asLong();
            long dropped = all.path("dropped").asLong();
            long kept = total - dropped;
            report.printf("%nring journal: total %d, dropped %d, kept %d; the last 100 entries: %d%n", total, dropped, kept,
                    last.path("entries").size());
            check(total == expected, "ring total " + total + " != requests sent " + expected);
            check(kept == Math.min(total, 10_000), "ring kept " + kept + " entries, expected min(total, capacity 10 000)");
            check(last.path("entries").size() == Math.min(100, expected), "the ring's last 100 entries: " + last.path("entries").size());
        }
    }

    void summarize(double took, List<long[]> rss, int exit, Path journal, Path stderr) throws IOException {
        long requests = sent.sum();
        Map<String, Long> journalTally = new TreeMap<>();
        BitSet seqs = new BitSet();
        long lines = 0;
        long badLines = 0;
        try (BufferedReader in = Files.newBufferedReader(journal)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                try {
                    JournalEntry e = Mappers.JSON.readValue(line, JournalEntry.class);
                    if (e.seq() > 0 && e.seq() <= Integer.MAX_VALUE) {
                        seqs.set((int) e.seq());
                    }
                    String outcome = e.outcome() == Outcome.RESPONSE ? String.valueOf(e.status()) : e.outcome().wireName();
                    journalTally.merge((e.scenario() == null ? "-" : e.scenario()) + " " + outcome, 1L, Long::sum);
                } catch (RuntimeException e) {
                    badLines++;
                }
            }
        }
        Map<String, Long> client = new TreeMap<>();
        clientTally.forEach((k, v) -> client.put(k, v.sum()));
        long unscriptedTotal = unscripted.values().stream().mapToLong(LongAdder::sum).sum();
        String serverErrors = Files.readString(stderr).lines().filter(l -> l.contains(" ERROR ") || l.contains("Exception"))
                .limit(5).reduce("", (a, b) -> a + "\n    " + b);

        report.printf("%n## Summary%n%n");
        report.printf("- requests sent %d in %.1f s (%.0f/s), served (whole answers) %d, reconnects after scripted faults %d%n",
                requests, took, requests / took, served.sum(), reconnects.sum());
        report.printf("- unscripted errors: %d%s%n", unscriptedTotal, unscripted.isEmpty() ? "" : " " + unscripted);
        unscriptedExamples.forEach(e -> report.println("    - " + e));
        report.printf("- journal file: %d lines (%d unreadable), %d distinct seqs (1..%d); requests sent %d%n", lines, badLines,
                seqs.cardinality(), seqs.length() - 1, requests);
        report.printf("- outcomes, client vs journal: %s%n", client.equals(journalTally) ? "equal" : "DIFFERENT");
        client.forEach((k, v) -> report.printf("    - %-28s client %8d  journal %8d%n", k, v, journalTally.getOrDefault(k, 0L)));
        journalTally.keySet().stream().filter(k -> !client.containsKey(k))
                .forEach(k -> report.printf("    - %-28s client %8d  journal %8d%n", k, 0, journalTally.get(k)));
        report.printf("- server exit code after SIGTERM: %d (0 = every exchange journaled)%s%n", exit,
                serverErrors.isEmpty() ? "" : "; server stderr:" + serverErrors);
        rssSummary(rss);
        latencySummary();

        check(unscriptedTotal == 0, unscriptedTotal + " unscripted errors");
        check(lines == requests, "journal file has " + lines + " lines for " + requests + " requests sent");
        check(badLines == 0, badLines + " journal lines do not read back as entries");
        check(seqs.cardinality() == requests && seqs.length() - 1 == requests, "journal seqs are not exactly 1.." + requests);
        check(client.equals(journalTally), "the client's and the journal's tallies differ");
        check(exit == 0, "server exit code " + exit + " after SIGTERM");
        check(serverErrors.isEmpty(), "server logged errors");
        check(requests > 0, "no request sent");
    }

    /**
     * RSS after warm-up (the first 20 %) and over the last 40 % of the run, next to the committed heap (the
     * JVM growing its heap up to -Xmx raises RSS without a leak) and the heap in use after GC (a leak raises it).
     */
    void rssSummary(List<long[]> rss) {
        int warm = Math.max(1, Math.min(rss.size() - 1, (int) Math.ceil(rss.size() * 0.2)));
        int tail = Math.max(warm, (int) Math.floor(rss.size() * 0.6));
        List<long[]> last = rss.subList(tail, rss.size());
        long tailMin = last.stream().mapToLong(s -> s[1]).min().orElse(0);
        long tailMax = last.stream().mapToLong(s -> s[1]).max().orElse(0);
        long afterGcMin = rss.subList(warm, rss.size()).stream().mapToLong(s -> s[3]).filter(v -> v >= 0).min().orElse(-1);
        long afterGcMaxTail = last.stream().mapToLong(s -> s[3]).max().orElse(-1);
        boolean flat = tailMax - tailMin <= tailMax * 0.05;
        report.printf("- RSS (MB): start %.0f, after warm-up (%d s) %.0f, max %.0f, end %.0f; over the last 40 %% (from %d s)"
                        + " %.0f–%.0f → %s%n", rss.get(0)[1] / 1024.0, rss.get(warm)[0], rss.get(warm)[1] / 1024.0,
                rss.stream().mapToLong(s -> s[1]).max().orElse(0) / 1024.0, rss.get(rss.size() - 1)[1] / 1024.0, last.get(0)[0],
                tailMin / 1024.0, tailMax / 1024.0, flat ? "flat" : "NOT FLAT (see the samples)");
        report.printf("- heap (MB): committed after warm-up %.0f, at the end %.0f; in use after GC: lowest after warm-up %.0f,"
                        + " highest in the last 40 %% %.0f%n", rss.get(warm)[2] / 1024.0, rss.get(rss.size() - 1)[2] / 1024.0,
                afterGcMin / 1024.0, afterGcMaxTail / 1024.0);
    }

    void latencySummary() {
        Interval all = new Interval();
        for (Interval iv : intervals) {
            all.merge(iv);
        }
        report.printf("- latency, plain requests (no scripted delay): p50 %.2f ms, p99 %.2f ms, max %.2f ms; all requests:"
                + " p99 %.2f ms; p99 of plain per 10 s: min %.2f, max %.2f ms%n", all.plain(50), all.plain(99), all.plainMax(),
                all.all(99), whole().mapToDouble(i -> i.plain(99)).min().orElse(0),
                whole().mapToDouble(i -> i.plain(99)).max().orElse(0));
    }

    /** The intervals the run covered whole (not the few requests that finished after its end). */
    java.util.stream.Stream<Interval> whole() {
        return Arrays.stream(intervals, 0, seconds / SAMPLE_SECONDS).filter(i -> i.count() > 0);
    }

    void check(boolean ok, String failure) {
        if (!ok) {
            failures.add(failure);
        }
    }

    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static int awaitBanner(Process server, Path stderr) throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern banner = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String line = in.readLine();
            if (line == null) {
                break;
            }
            Matcher m = banner.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        in.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the server ended
                    }
                }, "server-stdout");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IllegalStateException("the server printed no banner; stderr: " + Files.readString(stderr));
    }

    static void sleepNanos(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Latencies of one 10-second interval. */
    static final class Interval {
        private final List<Long> plain = new ArrayList<>();
        private final List<Long> all = new ArrayList<>();
        private long unscripted;

        synchronized void add(boolean isPlain, long nanos, boolean bad) {
            all.add(nanos);
            if (isPlain) {
                plain.add(nanos);
            }
            if (bad) {
                unscripted++;
            }
        }

        synchronized void merge(Interval other) {
            plain.addAll(other.plain);
            all.addAll(other.all);
            unscripted += other.unscripted;
        }

        synchronized int count() {
            return all.size();
        }

        synchronized long unscripted() {
            return unscripted;
        }

        synchronized double plain(double p) {
            return percentile(plain, p);
        }

        synchronized double plainMax() {
            return plain.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }

        synchronized double all(double p) {
            return percentile(all, p);
        }

        static double percentile(List<Long> values, double p) {
            if (values.isEmpty()) {
                return 0;
            }
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    /** One raw HTTP/1.1 keep-alive connection: one write is one request, one answer read whole (Content-Length). */
    static final class Connection implements AutoCloseable {
        static final class Partial extends IOException {
            Partial(String message) {
                super(message);
            }
        }

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        boolean closing;
        byte[] body;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        /** Sends the request and reads the whole answer; the status. */
        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            int bytes = 0;
            String statusLine = line(bytes);
            bytes += statusLine.length() + 2;
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            int length = -1;
            boolean chunked = false;
            closing = false;
            for (String l = line(bytes); !l.isEmpty(); l = line(bytes)) {
                bytes += l.length() + 2;
                String lower = l.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(l.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                for (int size = Integer.parseInt(line(1).trim(), 16); size > 0; size = Integer.parseInt(line(1).trim(), 16)) {
                    byte[] chunk = in.readNBytes(size);
                    if (chunk.length < size) {
                        throw new Partial("inside a chunk");
                    }
                    all.write(chunk);
                    line(1);
                }
                line(1);
                body = all.toByteArray();
                return status;
            }
            if (length < 0) {
                throw new Partial("an answer without Content-Length");
            }
            body = in.readNBytes(length);
            if (body.length < length) {
                throw new Partial(body.length + " of " + length + " body bytes");
            }
            return status;
        }

        private String line(int before) throws IOException {
            StringBuilder sb = new StringBuilder();
            while (true) {
                int c;
                try {
                    c = in.read();
                } catch (SocketException e) {
                    if (before + sb.length() > 0) {
                        throw new Partial("reset after " + (before + sb.length()) + " bytes: " + e.getMessage());
                    }
                    throw e;
                }
                if (c < 0) {
                    if (before + sb.length() > 0) {
                        throw new Partial("the connection ended after " + (before + sb.length()) + " bytes");
                    }
                    throw new EOFException("the connection ended before an answer");
                }
                if (c == '\n') {
                    return sb.toString();
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // done with it
            }
        }
    }

    /** Writes to two streams: the console and the report file. */
    static final class TeeStream extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        TeeStream(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
