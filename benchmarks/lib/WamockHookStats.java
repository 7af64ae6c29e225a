import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wamock's own view of a webhook benchmark run, from its admin API (docs/webhooks.md), summed over the run's sessions
 * and printed as key=value lines: deliveries still pending, deliveries not queued because a session had its
 * 1 000 pending ({@code overflowed}), and from the record of attempts ({@code GET /__wamock/webhooks}, the last 10 000
 * of each session) how many there were, how many the receiver did not take, and how long a POST took
 * ({@code latencyMicros}).
 */
final class WamockHookStats {
    private static final Pattern PENDING = Pattern.compile("\"pending\":(\\d+)");
    private static final Pattern OVERFLOWED = Pattern.compile("\"overflowed\":(\\d+)");
    private static final Pattern ANSWER = Pattern.compile("\"answerStatus\":(\\d+)");
    private static final Pattern LATENCY = Pattern.compile("\"latencyMicros\":(\\d+)");
    private static final Pattern FAILURE = Pattern.compile("\"failure\":\"([^\"]*)\"");

    private WamockHookStats() {
    }

    static void print(int port, int sessions) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long pending = 0;
        long overflowed = 0;
        long notTaken = 0;
        List<Double> latencies = new ArrayList<>();
        String firstFailure = null;
        for (int s = 0; s < Math.max(1, sessions); s++) {
            String query = sessions > 0 ? "?session=bench-" + s : "";
            String settings = call(client, HttpRequest.newBuilder(uri(port, query))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")));
            pending += first(PENDING, settings);
            overflowed += first(OVERFLOWED, settings);
            String attempts = call(client, HttpRequest.newBuilder(uri(port, query)).GET());
            Matcher answer = ANSWER.matcher(attempts);
            while (answer.find()) {
                int status = Integer.parseInt(answer.group(1));
                notTaken += status >= 200 && status < 300 ? 0 : 1;
            }
            Matcher failure = FAILURE.matcher(attempts);
            if (failure.find() && firstFailure == null) {
                firstFailure = failure.group(1);
            }
            Matcher latency = LATENCY.matcher(attempts);
            while (latency.find()) {
                latencies.add(Long.parseLong(latency.group(1)) / 1000.0);
            }
        }
        if (firstFailure != null) {
            System.err.println("wamock: an attempt the receiver did not take: " + firstFailure);
        }
        print("wamock_pending", pending);
        print("wamock_overflowed", overflowed);
        print("wamock_attempts_recorded", latencies.size());
        print("wamock_attempts_not_taken", notTaken);
        print("wamock_post_p50_ms", HookFigures.quantile(latencies, 0.50));
        print("wamock_post_p99_ms", HookFigures.quantile(latencies, 0.99));
    }

    private static URI uri(int port, String query) {
        return URI.create("http://127.0.0.1:" + port + "/__wamock/webhooks" + query);
    }

    private static String call(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("wamock's admin API answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static long first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p.pattern() + " in wamock's answer " + text);
        }
        return Long.parseLong(m.group(1));
    }

    private static void print(String key, double value) {
        System.out.println(key + "=" + (Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.3f", value)));
    }
}
