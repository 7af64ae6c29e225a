package dev.wamock.assertions.demo;

import dev.wamock.scenarios.Sleeper;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The correct client: retries only transient answers (5xx, 429, {@code is_transient}), waits
 * {@code initial × factor^(n-1)} before the n-th retry — longer when the server asks for it with
 * {@code Retry-After} or {@code estimated_time_to_regain_access} — and gives up after {@code maxAttempts}.
 */
final class BackoffClient implements AccountNumberClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String baseUrl;
    private final String token;
    private final Duration initial;
    private final double factor;
    private final int maxAttempts;
    private final Sleeper sleeper;

    BackoffClient(String baseUrl, String token, Duration initial, double factor, int maxAttempts, Sleeper sleeper) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.initial = initial;
        this.factor = factor;
        this.maxAttempts = maxAttempts;
        this.sleeper = sleeper;
    }

    @Override
    public HttpResponse<String> fetch(String numberId) {
        Duration backoff = initial;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = AccountNumberClient.get(baseUrl, token, numberId);
            if (response.statusCode() < 400 || !isTransient(response) || attempt == maxAttempts) {
                return response;
            }
            Duration asked = serverAskedWait(response);
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

    /** 5xx, 429, or {@code "is_transient": true} in the error body. */
    private static boolean isTransient(HttpResponse<String> response) {
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            return true;
        }
        try {
            return JSON.readTree(response.body()).path("error").path("is_transient").asBoolean(false);
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    /**
     * What the server asked the client to wait: {@code Retry-After} seconds when sent (the precise signal),
     * else the largest {@code estimated_time_to_regain_access} minutes of {@code x-business-use-case-usage}.
     */
    private static Duration serverAskedWait(HttpResponse<String> response) {
        String retryAfter = response.headers().firstValue("retry-after").orElse(null);
        if (retryAfter != null) {
            return Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
        }
        Duration wait = Duration.ZERO;
        String usage = response.headers().firstValue("x-business-use-case-usage").orElse(null);
        if (usage != null) {
            for (JsonNode account : JSON.readTree(usage)) {
                for (JsonNode useCase : account) {
                    Duration regain = Duration.ofMinutes(useCase.path("estimated_time_to_regain_access").asLong(0));
                    wait = regain.compareTo(wait) > 0 ? regain : wait;
                }
            }
        }
        return wait;
    }
}
