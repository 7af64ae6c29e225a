import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The report's ratios (BenchTool report): wamock's median of every figure against the best peer's and
 * against the limit line's (nginx, for the load figures), and the goals of round 2 (issue 22), which are
 * all stated as such ratios.
 */
final class Ratios {
    static final List<String> PEERS = List.of("wiremock", "wiremock-nojournal", "mockserver");
    static final List<String> JUNIT_PEERS = List.of("junit-wiremock", "junit-mockwebserver");
    static final String LIMIT = "nginx";
    /** The raw figures' server name of the load phase's machine check. */
    static final String MACHINE = "machine";
    /** The least a server on wamock's own libraries does for the same answer (lib/floor/StackFloor.java). */
    static final List<String> FLOORS = List.of("floor-jetty", "floor-javalin");

    /** label, metric, whether more is better; JUnit figures are read from the junit-* servers. */
    record Figure(String label, String metric, boolean moreIsBetter, boolean junit) {
    }

    static final List<Figure> FIGURES = List.of(
            new Figure("cold start `java -jar` → first 200 (ms)", "cold_start_ms", false, false),
            new Figure("RSS idle (MB)", "rss_idle_mb", false, false),
            new Figure("throughput at -c50 (req/s)", "rps_c50", true, false),
            new Figure("latency p50 at -c50 (ms)", "p50_c50_ms", false, false),
            new Figure("latency p99 at -c50 (ms)", "p99_c50_ms", false, false),
            new Figure("server CPU per request at -c50 (µs)", "cpu_us_per_req_c50", false, false),
            new Figure("latency p50 at -c1 (ms)", "p50_c1_ms", false, false),
            new Figure("latency p99 at -c1 (ms)", "p99_c1_ms", false, false),
            new Figure("throughput at -c1 (req/s)", "rps_c1", true, false),
            new Figure("RSS after the rep's load (MB)", "rss_after_load_mb", false, false),
            new Figure("RSS at the end of the soak (MB)", "soak_rss_end_mb", false, false),
            new Figure("JUnit per test (ms)", "per_test_ms", false, true),
            new Figure("JUnit first test (ms)", "first_test_ms", false, true),
            new Figure("JUnit, all tests (s)", "tests_wall_s", false, true));

    private Ratios() {
    }

    static void table(BenchTool.Report r, StringBuilder sb) {
        StringBuilder rows = new StringBuilder();
        for (Figure f : FIGURES) {
            String self = f.junit ? "junit-wamock" : "wamock";
            double own = r.med(self, f.metric);
            if (Double.isNaN(own)) {
                continue;
            }
            String best = best(r, f);
            double peer = best == null ? Double.NaN : r.med(best, f.metric);
            double limit = f.junit ? Double.NaN : r.med(LIMIT, f.metric);
            rows.append("| ").append(f.label).append(" | ").append(BenchTool.Report.num(own)).append(" | ")
                    .append(best == null ? "–" : BenchTool.Report.num(peer) + " " + title(best)).append(" | ")
                    .append(ratio(own, peer)).append(" | ").append(BenchTool.Report.num(limit)).append(" | ")
                    .append(ratio(own, limit));
            for (String floor : FLOORS) {
                double v = f.junit ? Double.NaN : r.med(floor, f.metric);
                rows.append(" | ").append(BenchTool.Report.num(v)).append(" | ").append(ratio(own, v));
            }
            rows.append(" |\n");
        }
        if (rows.length() == 0) {
            return;
        }
        sb.append("\n## wamock against the best peer and the limit\n\n");
        sb.append("Medians. wamock: the README's command (JUnit: `@WamockTest`). Best peer: the best median among"
                + " WireMock (journal on and off) and MockServer, or among WireMock and MockWebServer for the JUnit"
                + " figures. The limit: nginx returning the same answer (load figures only). Ratio = wamock ÷ the"
                + " other: above 1 is better for req/s, below 1 for every other figure. The stack's floors: the same"
                + " answer from a Jetty core handler and from a Javalin route on wamock's own libraries and JVM flags,"
                + " with nothing else (no checks, scenarios or journal): what no server built on them can beat.\n\n");
        sb.append("| figure | wamock | best peer | wamock ÷ best peer | limit: nginx | wamock ÷ nginx"
                + " | floor: Jetty core | wamock ÷ it | floor: Javalin | wamock ÷ it |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        sb.append(rows);
    }

    /** The peer with the best median of the figure, or null when no peer has it. */
    static String best(BenchTool.Report r, Figure f) {
        String best = null;
        for (String p : f.junit ? JUNIT_PEERS : PEERS) {
            double v = r.med(p, f.metric);
            if (!Double.isNaN(v) && (best == null || (f.moreIsBetter ? v > r.med(best, f.metric) : v < r.med(best, f.metric)))) {
                best = p;
            }
        }
        return best;
    }

    static String title(String server) {
        return switch (server) {
            case "wiremock", "junit-wiremock" -> "(WireMock)";
            case "junit-mockwebserver" -> "(MockWebServer)";
            case "wiremock-nojournal" -> "(WireMock, no journal)";
            default -> "(MockServer)";
        };
    }

    static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    static void goals(BenchTool.Report r, StringBuilder sb, Properties m) {
        sb.append("\n## Goals of round 2 (issue 22)\n\n| goal | target | measured (medians) | met |\n|---|---|---|---|\n");
        BenchTool.Report.goal(sb, "JUnit per test", "≤ MockWebServer's",
                r.ratio("junit-wamock", "junit-mockwebserver", "per_test_ms"), x -> x <= 1,
                ms(r, "junit-wamock", "per_test_ms") + " vs " + ms(r, "junit-mockwebserver", "per_test_ms"));
        BenchTool.Report.goal(sb, "JUnit first test", "≤ MockWebServer's",
                r.ratio("junit-wamock", "junit-mockwebserver", "first_test_ms"), x -> x <= 1,
                ms(r, "junit-wamock", "first_test_ms") + " vs " + ms(r, "junit-mockwebserver", "first_test_ms"));
        BenchTool.Report.goal(sb, "throughput at -c50, journal on", "≥ 0.6 of nginx's",
                r.ratio("wamock", LIMIT, "rps_c50"), x -> x >= 0.6,
                BenchTool.Report.num(r.med("wamock", "rps_c50")) + " vs " + BenchTool.Report.num(r.med(LIMIT, "rps_c50")) + " req/s");
        double p99 = r.med("wamock", "p99_c50_ms") / 5;
        BenchTool.Report.goal(sb, "p99 at -c50, the README's command", "≤ 5 ms", p99, p99Verdict(r, p99, 5),
                ms(r, "wamock", "p99_c50_ms") + " (nginx " + ms(r, LIMIT, "p99_c50_ms") + ")");
        double plain = r.med("wamock-plain", "p99_c50_ms") / 10;
        BenchTool.Report.goal(sb, "p99 at -c50, plain `java -jar`", "≤ 10 ms", plain, p99Verdict(r, plain, 10),
                ms(r, "wamock-plain", "p99_c50_ms"));
        plainRss(r, sb);
        BenchTool.Report.goal(sb, "cold start `java -jar` → first 200", "≤ 0.35 of WireMock's",
                r.ratio("wamock", "wiremock", "cold_start_ms"), x -> x <= 0.35,
                ms(r, "wamock", "cold_start_ms") + " vs " + ms(r, "wiremock", "cold_start_ms"));
        double image = r.med("wamock", "image_start_ms");
        String why = m.getProperty("image", "not measured: no image phase in this run");
        BenchTool.Report.goal(sb, "image start → first 200", "reported beside `java -jar`",
                image / r.med("wamock", "cold_start_ms"),
                Double.isNaN(image) ? why : "reported",
                Double.isNaN(image) ? "–" : "image " + ms(r, "wamock", "image_start_ms") + " vs `java -jar` "
                        + ms(r, "wamock", "cold_start_ms"));
        sb.append("\nRatio: wamock ÷ peer, limit or target.\n");
    }

    /**
     * A p99 goal's verdict ({@code ratio} = wamock's p99 ÷ {@code targetMs}): met, not measured, missed, or not judged
     * when the machine check ({@link Stalls}) saw the machine take a core away from a spinning thread for 10 ms or more
     * before any load rep and nginx, measured in the same run, missed the target too: such a stall holds up every
     * request in flight, so the p99 of that run is the host's. A miss while nginx met the target is wamock's.
     */
    static String p99Verdict(BenchTool.Report r, double ratio, double targetMs) {
        if (Double.isNaN(ratio)) {
            return "not measured";
        }
        if (ratio <= 1) {
            return "yes";
        }
        boolean stalled = r.values(MACHINE, "stalls_2_threads").stream().anyMatch(n -> n > 0);
        double limitP99 = r.med(LIMIT, "p99_c50_ms"); // NaN when nginx was not in the run
        if (!stalled || limitP99 <= targetMs) {
            return "**no**";
        }
        String limit = Double.isNaN(limitP99) ? "no nginx in the run" : "nginx's p99 " + BenchTool.Report.num(limitP99) + " ms";
        return "not judged: the machine stalled (" + machineCheck(r) + "; " + limit + ")";
    }

    /** What the load phase's machine check saw, in words; empty without one. */
    static String machineCheck(BenchTool.Report r) {
        List<Double> two = r.values(MACHINE, "stalls_2_threads");
        if (two.isEmpty()) {
            return "";
        }
        return "two threads spinning for 4 s before each load rep lost their core for ≥ 10 ms "
                + two.stream().map(Double::longValue).toList() + " times, longest "
                + BenchTool.Report.num(r.values(MACHINE, "longest_stall_ms").stream().mapToDouble(Double::doubleValue)
                        .max().orElse(Double.NaN)) + " ms; one thread alone "
                + r.values(MACHINE, "stalls_1_thread").stream().map(Double::longValue).toList() + " times";
    }

    /** RSS after ≥ 1 M requests with plain `java -jar`: from the soak, else not measured (the rep's load only). */
    static void plainRss(BenchTool.Report r, StringBuilder sb) {
        List<Double> end = r.values("wamock-plain", "soak_rss_end_mb");
        String name = "RSS after 1 M requests, plain `java -jar`";
        if (!end.isEmpty()) {
            double req = r.values("wamock-plain", "soak_requests").get(0);
            BenchTool.Report.goal(sb, name, "≤ 400 MB", end.get(0) / 400,
                    req < 1_000_000 ? "not measured (fewer than 1 M requests)" : end.get(0) <= 400 ? "yes" : "**no**",
                    BenchTool.Report.num(end.get(0)) + " MB after " + BenchTool.Report.num(req) + " requests");
        } else {
            double after = r.med("wamock-plain", "rss_after_load_mb");
            BenchTool.Report.goal(sb, name, "≤ 400 MB", Double.NaN,
                    "not measured (no soak: `run.sh --servers wamock-plain --only load,soak`)",
                    Double.isNaN(after) ? "–" : BenchTool.Report.num(after) + " MB after "
                            + BenchTool.Report.num(r.med("wamock-plain", "requests_rep")) + " requests (the rep's load)");
        }
    }

    static String ms(BenchTool.Report r, String server, String metric) {
        return BenchTool.Report.num(r.med(server, metric)) + " ms";
    }
}
