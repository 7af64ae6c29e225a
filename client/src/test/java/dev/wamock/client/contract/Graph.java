package dev.wamock.client.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A client's view of a running wamock: real HTTP on the Graph endpoint with an obviously fake token.
 * Shared with the testcontainers module through this module's test-jar.
 */
public final class Graph {
    /** A default fixture: CONNECTED, GREEN, TIER_UNLIMITED. */
    public static final String NUMBER = "106540352242922";
    public static final String TOKEN = "fake-token";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Graph() {
    }

    /** {@code GET /v23.0/{numberId}} with {@link #TOKEN}. */
    public static HttpResponse<String> get(String baseUrl, String numberId) {
        return get(baseUrl, "/v23.0/" + numberId, TOKEN);
    }

    /** GET of {@code pathAndQuery}, with {@code Authorization: Bearer <token>} unless the token is null. */
    public static HttpResponse<String> get(String baseUrl, String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + baseUrl + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int status(String baseUrl, String numberId) {
        return get(baseUrl, numberId).statusCode();
    }
}
