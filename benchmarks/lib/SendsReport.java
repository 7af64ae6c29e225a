import java.util.List;
import java.util.Properties;

/**
 * The report's tables of the send benchmark (run.sh phase {@code sends}): the send path under wrk -c50 (servers
 * {@code wamock-send}, {@code wiremock-send}, {@code nginx-send}) with wamock's ratios to both, and the webhook
 * delivery run (servers {@code wamock-hooks}, {@code wiremock-hooks}).
 */
final class SendsReport {
    static final List<String> SEND_SERVERS = List.of("wamock-send", "wiremock-send", "nginx-send");
    static final List<String> HOOK_SERVERS = List.of("wamock-hooks", "wiremock-hooks");

    private SendsReport() {
    }

    static void write(BenchTool.Report r, StringBuilder sb, Properties m) {
        boolean sends = SEND_SERVERS.stream().anyMatch(r.data::containsKey);
        boolean hooks = HOOK_SERVERS.stream().anyMatch(r.data::containsKey);
        if (!sends && !hooks) {
            return;
        }
        sb.append("\n## Sends and webhooks (issue 23)\n\n").append(m.getProperty("sends_desc", "")).append("\n");
        if (sends) {
            sb.append("\n### The send path: `POST /v23.0/<number>/messages`, wrk -t2 -c50\n\n")
                    .append("| figure | wamock (journal on, webhooks off) | WireMock 3.13.2 (a stub of the same answer)"
                            + " | nginx `return 200` (the limit) | wamock ÷ WireMock | wamock ÷ nginx |\n")
                    .append("|---|---|---|---|---|---|\n");
            String[][] rows = {
                    {"throughput (req/s)", "rps_c50"},
                    {"latency p50 (ms)", "p50_c50_ms"},
                    {"latency p99 (ms)", "p99_c50_ms"},
                    {"server CPU (cores of 2)", "cpu_cores_c50"},
                    {"server CPU per request (µs)", "cpu_us_per_req_c50"},
                    {"RSS after the rep's load (MB)", "rss_after_load_mb"},
                    {"requests served in the rep", "requests_rep"},
                    {"other CPU on the machine (cores)", "other_cores_c50"},
            };
            for (String[] row : rows) {
                double own = r.med("wamock-send", row[1]);
                sb.append("| ").append(row[0]).append(" | ").append(r.cell("wamock-send", row[1])).append(" | ")
                        .append(r.cell("wiremock-send", row[1])).append(" | ").append(r.cell("nginx-send", row[1]))
                        .append(" | ").append(Ratios.ratio(own, r.med("wiremock-send", row[1])))
                        .append(" | ").append(Ratios.ratio(own, r.med("nginx-send", row[1]))).append(" |\n");
            }
        }
        if (hooks) {
            sb.append("\n### Webhook delivery\n\n")
                    .append("| figure | wamock (`--webhook-url`) | WireMock 3.13.2 (built-in webhooks) |\n|---|---|---|\n");
            String[][] rows = {
                    {"sends", "sends"},
                    {"sends answered per second", "sends_per_s"},
                    {"sends not answered 200", "sends_failed"},
                    {"status webhooks expected (3 per answered send)", "hooks_expected"},
                    {"… received: `sent`", "hooks_sent"},
                    {"… received: `delivered`", "hooks_delivered"},
                    {"… received: `read`", "hooks_read"},
                    {"… missing", "hooks_missing"},
                    {"… received twice", "hooks_duplicates"},
                    {"webhooks per second, first send → last webhook", "hooks_per_s"},
                    {"webhooks in the busiest second", "hooks_peak_per_s"},
                    {"`sent`: send's answer → arrival, p50 (ms)", "sent_delay_p50_ms"},
                    {"`sent`: p99 (ms)", "sent_delay_p99_ms"},
                    {"`sent`: max (ms)", "sent_delay_max_ms"},
                    {"`delivered`: later than answer + 1 s, p50 (ms)", "delivered_late_p50_ms"},
                    {"`delivered`: p99 (ms)", "delivered_late_p99_ms"},
                    {"`read`: later than answer + 3 s, p50 (ms)", "read_late_p50_ms"},
                    {"`read`: p99 (ms)", "read_late_p99_ms"},
                    {"last webhook after the last send's answer (s; 3 at best)", "last_hook_after_last_answer_s"},
                    {"server CPU per send, its webhooks included (µs)", "cpu_us_per_send"},
                    {"RSS after (MB)", "rss_after_mb"},
                    {"wamock: deliveries not queued, a session's 1 000 pending full", "wamock_overflowed"},
                    {"wamock: deliveries still pending at the end", "wamock_pending"},
                    {"wamock: its POST to the receiver, p50 (ms)", "wamock_post_p50_ms"},
                    {"wamock: its POST, p99 (ms)", "wamock_post_p99_ms"},
                    {"wamock: attempts the receiver did not take", "wamock_attempts_not_taken"},
            };
            for (String[] row : rows) {
                sb.append("| ").append(row[0]).append(" | ").append(r.cell("wamock-hooks", row[1])).append(" | ")
                        .append(r.cell("wiremock-hooks", row[1])).append(" |\n");
            }
        }
    }
}
