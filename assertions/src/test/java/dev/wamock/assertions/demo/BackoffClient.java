package dev.wamock.assertions.demo;

import dev.wamock.scenarios.Sleeper;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The correct client: retries only transient answers (5xx, 429, {@code is_transient}), waits
 * {@code initial × factor^(n-1)} before the n-th retry — longer when the server asks for it with
 * {@code Retry-After} or {@code estimated_time_to_regain_access} — and gives up after {@code maxAttempts}.
 */
final class BackoffClient implements AccountNumberClient {
    private final GraphCall graph;
    private final Duration initial;
    private final double factor;
    private final int maxAttempts;
    private final Sleeper sleeper;

    BackoffClient(String baseUrl, String token, Duration initial, double factor, int maxAttempts, Sleeper sleeper) {
        this.graph = new GraphCall(baseUrl, token);
        this.initial = initial;
        this.factor = factor;
        this.maxAttempts = maxAttempts;
        this.sleeper = sleeper;
    }

    @Override
    public HttpResponse<String> fetch(String numberId) {
        Duration backoff = initial;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = graph.get(numberId);
            if (response.statusCode() < 400 || !GraphCall.isTransient(response) || attempt == maxAttempts) {
                return response;
            }
            Duration asked = GraphCall.serverAskedWait(response);
            sleep(asked.compareTo(backoff) > 0 ? asked : backoff);
            backoff = Duration.ofNanos(Math.round(backoff.toNanos() * factor));
        }
    }

    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
