package dev.wamock.assertions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A test's own calls to a running wamock: real HTTP with {@link HttpClient} and an obviously fake token. */
final class Graph {
    static final String TOKEN = "fake-token-1234";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Graph() {
    }

    /** {@code GET baseUrl + pathAndQuery} with a bearer token, plus the given header name/value pairs. */
    static HttpResponse<String> get(String baseUrl, String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN)
                .header("User-Agent", "wamock-assertions-test/1.0");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code GET /v23.0/{number}} + {@code query} for a default fixture. */
    static HttpResponse<String> number(String baseUrl, String query, String... headers) {
        return get(baseUrl, "/v23.0/" + Requests.NUMBER + query, headers);
    }
}
