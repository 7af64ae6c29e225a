import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark harness's Java half (run.sh drives it). Two commands:
 *
 * <pre>
 * launch  --port P --path PATH --log FILE --dump PREFIX --idle-ms N [--timeout-s S] -- CMD...
 *         starts CMD, polls GET PATH on 127.0.0.1:P (a fresh connection every ~2 ms) until the first 200,
 *         saves that answer's headers and body (PREFIX.headers / PREFIX.body), waits N ms idle, reads the
 *         RSS of the process and its descendants, stops it; prints cold_start_ms=… rss_idle_kb=…
 * compare REFERENCE CANDIDATE
 *         exit 1 unless CANDIDATE (a dump) has REFERENCE's status, body bytes and Graph headers
 * report  RAW.tsv META.properties OUT.md
 *         min / median / max of every figure, the ratios to the best peer and to the limit, the goals,
 *         written as Markdown (and echoed)
 * nginx-conf PREFIX PORT PATH DIR WORKERS [PREFIX2 PATH2]
 *         the limit line's nginx configuration: return 200 with the body and headers of the dump PREFIX
 *         (see NginxConf); a second location answers PATH2 (a regex when it starts with "~ ") as PREFIX2
 * send-fixtures, post, wiremock-sends
 *         the send benchmark's numbers, its checked send and WireMock's mapping of it (see Sends)
 * hooks   the webhook delivery benchmark of one server (see WebhookBench)
 * stalls SECONDS THREADS
 *         the load figures' machine check: how often spinning threads lose their core for 10 ms or more (see Stalls)
 * </pre>
 */
public final class BenchTool {
    static final String TOKEN_HEADER = "Authorization: Bearer fake-token";
    /** The GET every server answers alike; its 200 tells that a server is up. */
    static final String ENDPOINT = "/v23.0/106540352242922";

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: BenchTool launch|compare|report|nginx-conf|send-fixtures|post"
                    + "|wiremock-sends|hooks|stalls …");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "launch" -> launch(rest);
            case "compare" -> System.exit(compare(Path.of(rest[0]), Path.of(rest[1])) ? 0 : 1);
            case "report" -> Report.write(Path.of(rest[0]), Path.of(rest[1]), Path.of(rest[2]));
            case "nginx-conf" -> NginxConf.write(rest);
            case "send-fixtures" -> Sends.fixtures(rest);
            case "post" -> System.exit(Sends.post(rest));
            case "wiremock-sends" -> Sends.wiremock(rest);
            case "hooks" -> WebhookBench.run(rest);
            case "stalls" -> Stalls.run(rest);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ---------------------------------------------------------------- launch: cold start and idle RSS

    static void launch(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        List<String> cmd = List.of(Arrays.copyOfRange(args, i + 1, args.length));
        int port = Integer.parseInt(opt.get("--port"));
        String path = opt.get("--path");
        long idleMs = Long.parseLong(opt.getOrDefault("--idle-ms", "3000"));
        long timeoutNs = TimeUnit.SECONDS.toNanos(Long.parseLong(opt.getOrDefault("--timeout-s", "90")));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(opt.get("--log")).toFile()));
        if (opt.containsKey("--dir")) {
            pb.directory(Path.of(opt.get("--dir")).toFile());
        }
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            Response first = null;
            while (first == null) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("server exited with " + p.exitValue() + " before answering 200; see " + opt.get("--log"));
                }
                if (System.nanoTime() - t0 > timeoutNs) {
                    throw new IllegalStateException("no 200 on " + path + " within the timeout; see " + opt.get("--log"));
                }
                Response r = get(port, path, 200);
                if (r != null && r.status == 200) {
                    first = r;
                } else {
                    Thread.sleep(2);
                }
            }
            long coldNs = System.nanoTime() - t0;
            first.save(opt.get("--dump"));
            Thread.sleep(idleMs);
            long rssKb = rssKb(p.pid());
            System.out.printf(Locale.ROOT, "cold_start_ms=%.1f%nrss_idle_kb=%d%npid=%d%n", coldNs / 1e6, rssKb, p.pid());
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** VmRSS of the process and every descendant (wamock's launcher and its server JVM; nginx's workers). */
    static long rssKb(long pid) throws IOException {
        long kb = rssKbOf(pid);
        for (ProcessHandle d : ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(List.of())) {
            kb += rssKbOf(d.pid());
        }
        return kb;
    }

    private static long rssKbOf(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    /** One GET on a fresh connection ({@code Connection: close}); null when nothing answers yet. */
    static Response get(int port, String path, int connectTimeoutMs) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), connectTimeoutMs);
            s.setSoTimeout(5_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + TOKEN_HEADER
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Response.parse(all.toByteArray());
        } catch (IOException e) {
            return null;
        }
    }

    record Response(int status, List<String[]> headers, byte[] body) {
        static Response parse(byte[] raw) {
            int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            if (split < 0) {
                return null;
            }
            String[] lines = new String(raw, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
            String[] statusLine = lines[0].split(" ");
            if (statusLine.length < 2) {
                return null;
            }
            List<String[]> headers = new ArrayList<>();
            boolean chunked = false;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim();
                headers.add(new String[] {name, value});
                chunked |= name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked");
            }
            byte[] body = Arrays.copyOfRange(raw, split + 4, raw.length);
            return new Response(Integer.parseInt(statusLine[1]), headers, chunked ? dechunk(body) : body);
        }

        String header(String name) {
            return headers.stream().filter(h -> h[0].equals(name)).map(h -> h[1]).findFirst().orElse(null);
        }

        void save(String prefix) throws IOException {
            StringBuilder sb = new StringBuilder("status: " + status + "\n");
            headers.forEach(h -> sb.append(h[0]).append(": ").append(h[1]).append('\n'));
            Files.writeString(Path.of(prefix + ".headers"), sb.toString());
            Files.write(Path.of(prefix + ".body"), body);
        }

        static Response load(Path prefix) throws IOException {
            List<String[]> headers = new ArrayList<>();
            int status = 0;
            for (String line : Files.readAllLines(Path.of(prefix + ".headers"))) {
                int colon = line.indexOf(": ");
                if (line.startsWith("status: ")) {
                    status = Integer.parseInt(line.substring(8));
                } else if (colon > 0) {
                    headers.add(new String[] {line.substring(0, colon), line.substring(colon + 2)});
                }
            }
            return new Response(status, headers, Files.readAllBytes(Path.of(prefix + ".body")));
        }
    }

    static byte[] dechunk(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < in.length) {
            int eol = indexOf(Arrays.copyOfRange(in, pos, in.length), "\r\n".getBytes(StandardCharsets.US_ASCII));
            if (eol < 0) {
                break;
            }
            String sizeField = new String(in, pos, eol, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size = Integer.parseInt(sizeField, 16);
            pos += eol + 2;
            if (size == 0) {
                break;
            }
            out.write(in, pos, size);
            pos += size + 2;
        }
        return out.toByteArray();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------- compare: same answer everywhere

    /** Graph headers every server must send; the two IDs change per response, so only their presence counts. */
    static final List<String> SAME_VALUE = List.of("content-type", "x-fb-rev", "facebook-api-version", "x-app-usage",
            "cache-control", "expires", "pragma", "access-control-allow-origin");
    static final List<String> PRESENT = List.of("x-fb-trace-id", "x-fb-request-id");

    static boolean compare(Path reference, Path candidate) throws IOException {
        Response ref = Response.load(reference);
        Response got = Response.load(candidate);
        List<String> problems = new ArrayList<>();
        if (ref.status != got.status) {
            problems.add("status " + got.status + ", expected " + ref.status);
        }
        if (!Arrays.equals(ref.body, got.body)) {
            problems.add("body differs:\n  expected " + new String(ref.body, StandardCharsets.UTF_8)
                    + "\n  got      " + new String(got.body, StandardCharsets.UTF_8));
        }
        for (String name : SAME_VALUE) {
            String want = normalise(name, ref.header(name));
            String have = normalise(name, got.header(name));
            if (want == null) {
                problems.add("the reference has no " + name + " header (did wamock's headers change?)");
            } else if (!want.equals(have)) {
                problems.add("header " + name + ": got '" + have + "', expected '" + want + "'");
            }
        }
        for (String name : PRESENT) {
            if (got.header(name) == null || got.header(name).length() != 23) {
                problems.add("header " + name + " missing or not 23 characters: " + got.header(name));
            }
        }
        if (problems.isEmpty()) {
            System.out.println("same answer: " + candidate.getFileName() + " = " + reference.getFileName()
                    + " (status, " + ref.body.length + "-byte body, " + (SAME_VALUE.size() + PRESENT.size()) + " Graph headers)");
            return true;
        }
        System.err.println("NOT the same answer: " + candidate + " vs " + reference + "\n  - " + String.join("\n  - ", problems));
        return false;
    }

    static String normalise(String name, String value) {
        if (value == null) {
            return null;
        }
        return name.equals("content-type") ? value.replace(" ", "").toLowerCase(Locale.ROOT) : value;
    }

    // ---------------------------------------------------------------- report

    /** Reads raw.tsv (section, server, metric, rep, value) and renders the tables. */
    static final class Report {
        static final String[] SERVERS = {"wamock", "wamock-plain", "wiremock", "wiremock-nojournal", "mockserver",
            "wamock-chaos10", "wamock-redis", "wamock-stream", "floor-jetty", "floor-javalin", "nginx"};
        static final Map<String, String> TITLES = Map.ofEntries(
                Map.entry("wamock", "wamock (journal on)"),
                Map.entry("wamock-plain", "wamock, plain `java -jar`"),
                Map.entry("nginx", "nginx `return 200` (the limit)"),
                Map.entry("wamock-redis", "wamock, state on Redis (--state redis://, one replica)"),
                Map.entry("wamock-stream", "wamock, the dashboard's live stream open"),
                Map.entry("wiremock", "WireMock 3.13.2 (journal on)"),
                Map.entry("wiremock-nojournal", "WireMock 3.13.2 (--no-request-journal)"),
                Map.entry("mockserver", "MockServer 7.6.0"),
                Map.entry("wamock-chaos10", "wamock, 10 % seeded errors"),
                Map.entry("floor-jetty", "the stack's floor: a Jetty core handler returning the answer"),
                Map.entry("floor-javalin", "the stack's floor: a Javalin route returning the answer"));

        final Map<String, Map<String, List<Double>>> data = new TreeMap<>(); // server -> metric -> values
        final List<String[]> soak = new ArrayList<>();

        static void write(Path raw, Path meta, Path out) throws IOException {
            Report r = new Report();
            for (String line : Files.readAllLines(raw)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("soak")) {
                    r.soak.add(f);
                }
                r.data.computeIfAbsent(f[1], k -> new TreeMap<>()).computeIfAbsent(f[2], k -> new ArrayList<>())
                        .add(Double.parseDouble(f[4]));
            }
            java.util.Properties m = new java.util.Properties();
            try (var in = Files.newBufferedReader(meta)) {
                m.load(in);
            }
            String md = r.render(m);
            Files.writeString(out, md);
            System.out.println(md);
        }

        List<Double> values(String server, String metric) {
            return data.getOrDefault(server, Map.of()).getOrDefault(metric, List.of());
        }

        static double median(List<Double> v) {
            double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = s.length;
            return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }

        double med(String server, String metric) {
            return median(values(server, metric));
        }

        static String num(double v) {
            if (Double.isNaN(v)) {
                return "–";
            }
            double a = Math.abs(v);
            String s = a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v).replace(",", " ")
                    : a >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                    : a >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                    : String.format(Locale.ROOT, "%.2f", v);
            return s;
        }

        /** "min / **median** / max", or the one value when there is only one. */
        String cell(String server, String metric) {
            List<Double> v = values(server, metric);
            if (v.isEmpty()) {
                return "–";
            }
            if (v.size() == 1) {
                return "**" + num(v.get(0)) + "**";
            }
            double min = v.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = v.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            return num(min) + " / **" + num(median(v)) + "** / " + num(max);
        }

        String render(java.util.Properties m) {
            StringBuilder sb = new StringBuilder();
            sb.append("# wamock benchmark results\n\n");
            sb.append("Generated by `").append(m.getProperty("command")).append("` (").append(m.getProperty("mode"))
                    .append(" mode) on ").append(m.getProperty("date")).append(".\n\n");
            sb.append("| | |\n|---|---|\n");
            for (String key : List.of("machine", "os", "jdk", "wamock", "wiremock", "mockserver", "mockwebserver", "nginx",
                    "wrk", "settings", "jvm_flags", "image", "quiet")) {
                if (m.getProperty(key) != null) {
                    sb.append("| ").append(key).append(" | ").append(m.getProperty(key)).append(" |\n");
                }
            }
            sb.append("\nEvery cell is min / **median** / max over the repetitions (one bold value when there was one run).\n\n");

            List<String> present = new ArrayList<>();
            for (String s : SERVERS) {
                if (data.containsKey(s)) {
                    present.add(s);
                }
            }
            if (!present.isEmpty()) { // none in a run of the sends phase alone
                sb.append("## Standalone servers\n\n| figure |");
                present.forEach(s -> sb.append(' ').append(TITLES.get(s)).append(" |"));
                sb.append("\n|---|").append("---|".repeat(present.size())).append('\n');
            }
            String[][] rows = {
                    {"cold start: `java -jar` → first 200 (ms)", "cold_start_ms"},
                    {"image: `docker start` → first 200 (ms)", "image_start_ms"},
                    {"RSS idle after start + 1 request (MB)", "rss_idle_mb"},
                    {"throughput, wrk -t2 -c50 (req/s)", "rps_c50"},
                    {"latency p50 at -c50 (ms)", "p50_c50_ms"},
                    {"latency p99 at -c50 (ms)", "p99_c50_ms"},
                    {"server CPU during -c50 (cores of 2)", "cpu_cores_c50"},
                    {"server CPU per request at -c50 (µs)", "cpu_us_per_req_c50"},
                    {"non-2xx answers at -c50 (%)", "non2xx_pct_c50"},
                    {"latency p50 at -c1 (ms)", "p50_c1_ms"},
                    {"latency p99 at -c1 (ms)", "p99_c1_ms"},
                    {"throughput at -c1 (req/s)", "rps_c1"},
                    {"RSS after the rep's load (MB)", "rss_after_load_mb"},
                    {"requests served in the rep", "requests_rep"},
                    {"other CPU on the machine during -c50 (cores)", "other_cores_c50"},
            };
            for (String[] row : rows) {
                if (present.stream().noneMatch(s -> !values(s, row[1]).isEmpty())) {
                    continue;
                }
                sb.append("| ").append(row[0]).append(" |");
                for (String s : present) {
                    sb.append(' ').append(cell(s, row[1])).append(" |");
                }
                sb.append('\n');
            }

            String machine = Ratios.machineCheck(this);
            if (!machine.isEmpty()) {
                sb.append("\nMachine check (`lib/Stalls.java`): ").append(machine)
                        .append(". A stall holds up every request in flight: a p99 goal missed in a run with stalls, and missed by nginx too, is not judged.\n");
            }

            if (!soak.isEmpty()) {
                sb.append("\n## RSS under a long load\n\n");
                sb.append("One server per column, wrk -t2 -c50 in back-to-back segments; RSS read after each segment.\n\n");
                sb.append("| server | requests | RSS after 1st segment (MB) | RSS at half (MB) | RSS at end (MB) | growth over the 2nd half |\n|---|---|---|---|---|---|\n");
                for (String s : SERVERS) {
                    List<Double> req = values(s, "soak_requests");
                    if (req.isEmpty()) {
                        continue;
                    }
                    double first = values(s, "soak_rss_first_mb").get(0);
                    double mid = values(s, "soak_rss_mid_mb").get(0);
                    double end = values(s, "soak_rss_end_mb").get(0);
                    sb.append("| ").append(TITLES.get(s)).append(" | ").append(num(req.get(0))).append(" | ")
                            .append(num(first)).append(" | ").append(num(mid)).append(" | ").append(num(end))
                            .append(" | ").append(String.format(Locale.ROOT, "%+.1f MB (%+.1f %%)", end - mid, 100 * (end - mid) / mid))
                            .append(" |\n");
                }
            }

            if (data.keySet().stream().anyMatch(k -> k.startsWith("junit-"))) {
                sb.append("\n## In-JVM server per test (JUnit 5)\n\n");
                sb.append(m.getProperty("junit_desc", "")).append("\n\n");
                sb.append("| figure | wamock `@WamockTest` | WireMock 3.13.2 `WireMockExtension` per test"
                        + " | OkHttp MockWebServer `@StartStop` |\n|---|---|---|---|\n");
                String[][] jrows = {
                        {"per-test duration, tests 2..N, pooled over the reps (ms)", "per_test_ms"},
                        {"median per-test duration of each rep (ms)", "per_test_median_ms"},
                        {"first test of the JVM (ms)", "first_test_ms"},
                        {"all tests, first start → last finish (s)", "tests_wall_s"},
                        {"whole surefire run, `mvn surefire:test` wall time (s)", "surefire_wall_s"},
                };
                for (String[] row : jrows) {
                    sb.append("| ").append(row[0]).append(" | ").append(cell("junit-wamock", row[1])).append(" | ")
                            .append(cell("junit-wiremock", row[1])).append(" | ").append(cell("junit-mockwebserver", row[1]))
                            .append(" |\n");
                }
            }

            SendsReport.write(this, sb, m);
            Ratios.table(this, sb);
            Ratios.goals(this, sb, m);

            sb.append("\n## Goals of wave one (issues 8, 18, 20)\n\n| goal | target | measured (medians) | met |\n|---|---|---|---|\n");
            goal(sb, "cold start", "≤ 1/4 of WireMock's", ratio("wamock", "wiremock", "cold_start_ms"), r -> r <= 0.25,
                    "wamock " + num(med("wamock", "cold_start_ms")) + " ms vs WireMock " + num(med("wiremock", "cold_start_ms")) + " ms");
            goal(sb, "throughput -c50, journal on", "≥ WireMock with --no-request-journal",
                    ratio("wamock", "wiremock-nojournal", "rps_c50"), r -> r >= 1.0,
                    num(med("wamock", "rps_c50")) + " vs " + num(med("wiremock-nojournal", "rps_c50")) + " req/s");
            double p99 = med("wamock", "p99_c50_ms");
            goal(sb, "latency p99 at -c50, journal on", "≤ 5 ms", p99 / 5, Ratios.p99Verdict(this, p99 / 5, 5), num(p99) + " ms");
            goal(sb, "latency p50 at -c1", "≤ WireMock's", ratio("wamock", "wiremock", "p50_c1_ms"), r -> r <= 1.0,
                    num(med("wamock", "p50_c1_ms")) + " vs " + num(med("wiremock", "p50_c1_ms")) + " ms");
            double idle = med("wamock", "rss_idle_mb");
            goal(sb, "RSS idle", "≤ 100 MB", idle / 100, r -> r <= 1.0, num(idle) + " MB");
            List<Double> soakEnd = values("wamock", "soak_rss_end_mb");
            if (!soakEnd.isEmpty()) {
                double end = soakEnd.get(0);
                double mid = values("wamock", "soak_rss_mid_mb").get(0);
                double req = values("wamock", "soak_requests").get(0);
                boolean flat = (end - mid) <= Math.max(10, 0.05 * mid);
                goal(sb, "RSS after ≥ 1 M requests", "≤ 300 MB and flat", end / 300,
                        r -> r <= 1.0 && flat && req >= 1_000_000,
                        num(end) + " MB after " + num(req) + " requests, " + String.format(Locale.ROOT, "%+.1f", end - mid)
                                + " MB over the second half");
            } else {
                double after = med("wamock", "rss_after_load_mb");
                goal(sb, "RSS after load (quick: no 1 M soak)", "≤ 300 MB", after / 300, r -> r <= 1.0,
                        num(after) + " MB after " + num(med("wamock", "requests_rep")) + " requests");
            }
            goal(sb, "JUnit per-test cost", "≤ 1/5 of WireMock's", ratio("junit-wamock", "junit-wiremock", "per_test_ms"),
                    r -> r <= 0.2, num(med("junit-wamock", "per_test_ms")) + " vs " + num(med("junit-wiremock", "per_test_ms")) + " ms");
            goal(sb, "JUnit first test", "≤ 1/4 of WireMock's", ratio("junit-wamock", "junit-wiremock", "first_test_ms"),
                    r -> r <= 0.25, num(med("junit-wamock", "first_test_ms")) + " vs " + num(med("junit-wiremock", "first_test_ms")) + " ms");
            goal(sb, "chaos cost", "≥ 90 % of plain throughput", chaosRatio(), r -> r >= 0.9,
                    num(med("wamock-chaos10", "rps_c50")) + " vs " + num(med("wamock", "rps_c50")) + " req/s");
            goal(sb, "Redis state cost", "≥ 50 % of in-memory throughput", ratio("wamock-redis", "wamock", "rps_c50"),
                    r -> r >= 0.5, num(med("wamock-redis", "rps_c50")) + " vs " + num(med("wamock", "rps_c50")) + " req/s");
            goal(sb, "Redis state p99 at -c50", "≤ 10 ms", med("wamock-redis", "p99_c50_ms") / 10, r -> r <= 1.0,
                    num(med("wamock-redis", "p99_c50_ms")) + " ms");
            goal(sb, "dashboard stream cost", "≤ 10 % less throughput", 1 - ratio("wamock-stream", "wamock", "rps_c50"),
                    r -> r <= 0.1, num(med("wamock-stream", "rps_c50")) + " vs " + num(med("wamock", "rps_c50"))
                            + " req/s, " + num(med("wamock-stream", "stream_events_pct")) + " % of requests streamed");
            sb.append("\nRatio columns: wamock ÷ peer (or ÷ target).\n");
            return sb.toString();
        }

        double ratio(String a, String b, String metric) {
            return med(a, metric) / med(b, metric);
        }

        /** Median of the per-rep ratios chaos/plain (the two ran back to back in each rep). */
        double chaosRatio() {
            List<Double> chaos = values("wamock-chaos10", "rps_c50");
            List<Double> plain = values("wamock", "rps_c50");
            if (chaos.isEmpty() || plain.isEmpty()) {
                return Double.NaN;
            }
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < Math.min(chaos.size(), plain.size()); i++) {
                ratios.add(chaos.get(i) / plain.get(i));
            }
            return median(ratios);
        }

        static void goal(StringBuilder sb, String name, String target, double ratio,
                         java.util.function.DoublePredicate ok, String measured) {
            goal(sb, name, target, ratio, Double.isNaN(ratio) ? "not measured" : ok.test(ratio) ? "yes" : "**no**", measured);
        }

        static void goal(StringBuilder sb, String name, String target, double ratio, String verdict, String measured) {
            sb.append("| ").append(name).append(" | ").append(target).append(" | ").append(measured)
                    .append(Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, " (ratio %.2f)", ratio))
                    .append(" | ").append(verdict).append(" |\n");
        }
    }
}
