package dev.wamock.assertions.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One call of {@code GET /v23.0/{number}?fields=id,status,quality_rating} as the demo clients make it:
 * bearer token, User-Agent, and what the answer says about retrying.
 */
final class GraphCall {
    static final String FIELDS = "id,status,quality_rating";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    GraphCall(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    HttpResponse<String> get(String numberId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v23.0/" + numberId + "?fields=" + FIELDS))
                .header("Authorization", "Bearer " + token)
                .header("User-Agent", "wamock-demo-client/1.0")
                .timeout(Duration.ofSeconds(10))
                .GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** 5xx, 429, or {@code "is_transient": true} in the error body. */
    static boolean isTransient(HttpResponse<String> response) {
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
    static Duration serverAskedWait(HttpResponse<String> response) {
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
