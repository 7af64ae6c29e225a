import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one webhook benchmark run (BenchTool hooks), printed as key=value lines that run.sh files under the
 * {@code hooks} section: the sends, what arrived of their {@code sent}/{@code delivered}/{@code read} statuses, how
 * fast, and how late against the delays the server was given (0, 1 s, 3 s after the send's answer), all on the
 * benchmark's own clock.
 */
final class HookFigures {
    private final Map<String, Double> values = new LinkedHashMap<>();

    HookFigures(WebhookBench.Sender.Result sends, HookReceiver receiver, long rssKb, long cpuTicks) {
        double seconds = (sends.end() - sends.start()) / 1e9;
        put("sends", sends.n());
        put("sends_per_s", sends.n() / seconds);
        put("sends_failed", sends.failed());
        put("hooks_expected", 3.0 * sends.ok());
        List<Long> arrivals = new ArrayList<>();
        for (int k = 0; k < HookReceiver.STATUSES.size(); k++) {
            List<Double> late = new ArrayList<>();
            int count = 0;
            for (int i = 0; i < sends.n(); i++) {
                long at = receiver.arrival(k, i);
                if (at != 0) {
                    count++;
                    arrivals.add(at);
                    if (sends.answeredAt()[i] != 0) {
                        late.add((at - sends.answeredAt()[i]) / 1e6 - WireMockHooks.DELAYS_MS.get(k));
                    }
                }
            }
            String status = HookReceiver.STATUSES.get(k);
            put("hooks_" + status, count);
            String name = k == 0 ? "sent_delay" : status + "_late";
            put(name + "_p50_ms", quantile(late, 0.50));
            put(name + "_p99_ms", quantile(late, 0.99));
            put(name + "_max_ms", quantile(late, 1.0));
        }
        put("hooks_received", receiver.measured());
        put("hooks_missing", 3.0 * sends.ok() - receiver.measured());
        put("hooks_duplicates", receiver.duplicates());
        put("hooks_ignored", receiver.ignored());
        long last = receiver.lastArrival();
        put("hooks_per_s", last == 0 ? Double.NaN : receiver.measured() / ((last - sends.start()) / 1e9));
        put("hooks_peak_per_s", peak(arrivals, sends.start()));
        put("last_hook_after_last_answer_s", last == 0 ? Double.NaN : (last - sends.lastAnswer()) / 1e9);
        put("rss_after_mb", rssKb / 1024.0);
        long hz = 100; // USER_HZ, the unit of /proc/PID/stat: 100 on Linux whatever the kernel's own tick
        put("cpu_us_per_send", cpuTicks * 1e6 / hz / sends.n());
        if (sends.firstFailure() != null) {
            System.err.println("first failed send: " + sends.firstFailure());
        }
    }

    private void put(String key, double value) {
        values.put(key, value);
    }

    /** The most arrivals in any one second counted from {@code start}. */
    static double peak(List<Long> arrivals, long start) {
        Map<Long, Integer> perSecond = new LinkedHashMap<>();
        for (long at : arrivals) {
            perSecond.merge((at - start) / 1_000_000_000L, 1, Integer::sum);
        }
        return perSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The q-quantile (nearest rank) of the values, NaN when there are none. */
    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    void print() {
        values.forEach((k, v) -> System.out.println(k + "=" + (Double.isNaN(v) ? "NaN"
                : String.format(Locale.ROOT, "%.3f", v))));
    }
}
