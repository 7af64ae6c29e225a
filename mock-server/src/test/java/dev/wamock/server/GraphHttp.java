package dev.wamock.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A user's view of a running server: real HTTP with {@link HttpClient}. */
public final class GraphHttp {
    /** A default fixture: CONNECTED, GREEN, TIER_UNLIMITED. */
    public static final String NUMBER = "106540352242922";
    static final String TOKEN_HEADER = "Authorization";
    static final String BEARER = "Bearer fake-token";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    GraphHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public GraphHttp(WamockServer server) {
        this(server.baseUrl());
    }

    /** GET of the endpoint for {@link #NUMBER} with a Bearer token; {@code query} may be empty. */
    public Reply number(String query) {
        return get("/v23.0/" + NUMBER + query, TOKEN_HEADER, BEARER);
    }

    /** GET with the given header name/value pairs (no token unless given). */
    public Reply get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    Reply send(String method, String pathAndQuery, String... headers) {
        return exchange(method, pathAndQuery, HttpRequest.BodyPublishers.noBody(), headers);
    }

    /** A request with a JSON body, as the admin API takes it; {@code headers} are name/value pairs. */
    Reply sendJson(String method, String pathAndQuery, String json, String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/json";
        return exchange(method, pathAndQuery, HttpRequest.BodyPublishers.ofString(json), all);
    }

    private Reply exchange(String method, String pathAndQuery, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .method(method, body);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
