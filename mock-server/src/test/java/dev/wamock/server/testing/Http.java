package dev.wamock.server.testing;

import dev.wamock.scenarios.WamockControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A test's calls to a running wamock as a user's client makes them: the JDK's {@link HttpClient}, real HTTP.
 * Immutable: each {@code with…} gives a copy. {@link #get} sends exactly the headers asked for; {@link #graph}
 * and {@link #number} add the Graph token ({@code Authorization: Bearer …}, {@link #TOKEN} unless changed);
 * {@link #attempt} turns a failed call into a value. For requests the JDK refuses to send, see {@link RawHttp}.
 */
public final class Http {
    /** A default fixture: CONNECTED, GREEN, TIER_UNLIMITED. */
    public static final String NUMBER = "106540352242922";
    /** An obviously fake Graph token. */
    public static final String TOKEN = "fake-token-1234";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpClient client;
    private final String baseUrl;
    private final String token;
    private final List<String> headers;
    private final Duration timeout;
    private final Attempt.Timing timing;

    private Http(HttpClient client, String baseUrl, String token, List<String> headers, Duration timeout,
            Attempt.Timing timing) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.token = token;
        this.headers = List.copyOf(headers);
        this.timeout = timeout;
        this.timing = timing;
    }

    /** Calls to {@code baseUrl} ({@code http://host:port}, maybe with a {@code /sessions/<id>} path). */
    public static Http to(String baseUrl) {
        return new Http(CLIENT, baseUrl, TOKEN, List.of(), Duration.ofSeconds(10), null);
    }

    /** Calls to a running wamock: an in-process server, a container, a session. */
    public static Http to(WamockControl wamock) {
        return to(wamock.baseUrl());
    }

    /** The same calls with {@code token} as the Graph token; {@code null}: no token. */
    public Http withToken(String token) {
        return new Http(client, baseUrl, token, headers, timeout, timing);
    }

    /** The same calls, each with header {@code name: value} too (e.g. {@code X-Wamock-Session}). */
    public Http withHeader(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new Http(client, baseUrl, token, more, timeout, timing);
    }

    /** The same calls with {@code timeout} for each answer's headers (default 10 s). */
    public Http withTimeout(Duration timeout) {
        return new Http(client, baseUrl, token, headers, timeout, timing);
    }

    /** The same calls through {@code client}, e.g. one that trusts a server's HTTPS certificate. */
    public Http withClient(HttpClient client) {
        return new Http(client, baseUrl, token, headers, timeout, timing);
    }

    /** Where the calls go. */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@code GET pathAndQuery} with only the given header name/value pairs (and those of {@link #withHeader}). */
    public Reply get(String pathAndQuery, String... headerPairs) {
        return send("GET", pathAndQuery, null, headerPairs);
    }

    /** {@code GET pathAndQuery} with the Graph token, unless the pairs carry an {@code Authorization} of their own. */
    public Reply graph(String pathAndQuery, String... headerPairs) {
        return reply(response(pathAndQuery, headerPairs));
    }

    /** As {@link #graph}, but the JDK's own response, for an API that takes one (e.g. {@code WamockAssertions}). */
    public HttpResponse<String> response(String pathAndQuery, String... headerPairs) {
        boolean own = token == null || hasHeader("Authorization", headers) || hasHeader("Authorization", List.of(headerPairs));
        List<String> all = new ArrayList<>(own ? List.of() : List.of("Authorization", "Bearer " + token));
        all.addAll(List.of(headerPairs));
        return exchange(request("GET", pathAndQuery, null, all));
    }

    /** The endpoint for {@link #NUMBER} with the Graph token; {@code query} is empty or starts with {@code ?}. */
    public Reply number(String query, String... headerPairs) {
        return graph("/v23.0/" + NUMBER + query, headerPairs);
    }

    /** The endpoint for {@link #NUMBER}, no query, with the Graph token. */
    public Reply number() {
        return number("");
    }

    /** {@code method pathAndQuery} with a JSON body ({@code null}: none) and only the given header pairs. */
    public Reply send(String method, String pathAndQuery, String json, String... headerPairs) {
        return reply(exchange(request(method, pathAndQuery, json, List.of(headerPairs))));
    }

    /**
     * An admin API call as scripts make it: {@code method /__wamock<path>} with a JSON body ({@code null}: none) and
     * {@code Content-Type: application/json} either way, no Graph token.
     */
    public Reply admin(String method, String path, String json) {
        return send(method, "/__wamock" + path, json, "Content-Type", "application/json");
    }

    /**
     * Makes {@code call} (e.g. {@code Http::number}) and says what came of it, a reply or the exception, and when,
     * on the client's clock; never throws an {@link IOException}.
     */
    public Attempt attempt(Function<Http, Reply> call) {
        Attempt.Timing clock = new Attempt.Timing();
        Http timed = new Http(client, baseUrl, token, headers, timeout, clock);
        try {
            return clock.answered(call.apply(timed));
        } catch (UncheckedIOException e) {
            return clock.failed(e.getCause());
        }
    }

    /** Opens {@code GET pathAndQuery} as a server-sent event stream; returns once its status and headers came. */
    public EventStream events(String pathAndQuery, String... headerPairs) {
        return EventStream.open(client, request("GET", pathAndQuery, null, List.of(headerPairs), null));
    }

    private HttpRequest request(String method, String pathAndQuery, String json, List<String> headerPairs) {
        return request(method, pathAndQuery, json, headerPairs, timeout);
    }

    /** A request; a {@code null} timeout for a stream, which may stay open longer than any answer. */
    private HttpRequest request(String method, String pathAndQuery, String json, List<String> headerPairs, Duration wait) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (wait != null) {
            request.timeout(wait);
        }
        List<String> all = new ArrayList<>(headers);
        all.addAll(headerPairs);
        if (json != null && !hasHeader("Content-Type", all)) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        return request.build();
    }

    private static Reply reply(HttpResponse<String> response) {
        return new Reply(response.statusCode(), response.headers().map(), response.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return client.send(request, info -> {
                if (timing != null) {
                    timing.headersCame();
                }
                return HttpResponse.BodyHandlers.ofString().apply(info);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasHeader(String name, List<String> pairs) {
        for (int i = 0; i < pairs.size(); i += 2) {
            if (pairs.get(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
