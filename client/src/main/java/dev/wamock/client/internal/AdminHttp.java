package dev.wamock.client.internal;

import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Calls of a running server's admin API ({@code /__wamock/…}) with the admin token as a bearer token. A
 * refused value (400) fails with {@link IllegalArgumentException} and the server's message, as the
 * in-process server does; any other non-2xx answer and an unreachable server fail with what to check.
 * Writes carry {@code Content-Type: application/json}, or without a body {@code X-Wamock-Admin: 1}, so no
 * browser could send them without a preflight. A GET the server is too busy for (503 with {@code Retry-After}:
 * it serves two journal reads at once) is asked again after that many seconds, for up to the call timeout.
 * Calls for one session ({@link #session(String)}) name it in {@code X-Wamock-Session}, so every query a call
 * carries (the journal's {@code since}, {@code limit}) keeps its meaning. Internal: not part of wamock's API.
 */
public final class AdminHttp {
    private static final String PREFIX = "/__wamock";
    private static final String SERVER_PREFIX = "wamock admin: ";
    private static final String ADMIN_HEADER = "X-Wamock-Admin";
    private static final String SESSION_HEADER = "X-Wamock-Session";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_BODY_SHOWN = 300;

    private final HttpClient http;
    private final String baseUrl;
    private final String adminToken;
    private final String session;

    /** {@code baseUrl} as {@link BaseUrls#normalize} returns it; {@code adminToken} null for an open admin API. */
    public AdminHttp(String baseUrl, String adminToken) {
        this(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build(),
                Objects.requireNonNull(baseUrl, "baseUrl"), adminToken, null);
    }

    private AdminHttp(HttpClient http, String baseUrl, String adminToken, String session) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
        this.session = session;
    }

    /** The same server's calls for session {@code id} (checked by the caller), on the same connections. */
    public AdminHttp session(String id) {
        return new AdminHttp(http, baseUrl, adminToken, Objects.requireNonNull(id, "id"));
    }

    /** The server's base URL, without a trailing slash and without a session. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The session these calls act on, or null for the default one. */
    public String sessionId() {
        return session;
    }

    /** Sends {@code method PREFIX+path} with {@code json} (or no body) and returns the 2xx answer's body. */
    public String send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + PREFIX + path))
                .timeout(CALL_TIMEOUT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        } else if (!method.equals("GET")) {
            request.header(ADMIN_HEADER, "1"); // a body-less write: the server's admin guard wants this or the JSON type
        }
        if (adminToken != null) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        if (session != null) {
            request.header(SESSION_HEADER, session);
        }
        String call = method + " " + baseUrl + PREFIX + path + (session == null ? "" : " for session '" + session + "'");
        long deadline = System.nanoTime() + CALL_TIMEOUT.toNanos();
        HttpResponse<String> response = exchange(request.build(), call);
        for (long wait = retryAfterMillis(method, response); wait >= 0 && System.nanoTime() + wait * 1_000_000 < deadline;
                wait = retryAfterMillis(method, response)) {
            sleep(wait, call);
            response = exchange(request.build(), call);
        }
        int status = response.statusCode();
        if (status == 400) {
            throw new IllegalArgumentException(messageOf(response.body()));
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("wamock admin call " + call + " answered " + status + ": "
                    + messageOf(response.body()) + hint(status));
        }
        return response.body();
    }

    private HttpResponse<String> exchange(HttpRequest request, String call) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("wamock admin call " + call + " failed: " + describe(e)
                    + "; is a wamock server (java -jar wamock-server.jar, the container) running at " + baseUrl + "?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during wamock admin call " + call, e);
        }
    }

    /**
     * How long to wait before asking again: a GET answered 503 with {@code Retry-After} (the server serves two
     * journal reads at once) is asked again after that many seconds; -1 for any other answer.
     */
    private static long retryAfterMillis(String method, HttpResponse<String> response) {
        String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        if (!method.equals("GET") || response.statusCode() != 503 || retryAfter == null) {
            return -1;
        }
        try {
            return Math.max(0, Long.parseLong(retryAfter.strip())) * 1_000;
        } catch (NumberFormatException notSeconds) {
            return -1;
        }
    }

    private static void sleep(long millis, String call) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during wamock admin call " + call, e);
        }
    }

    private String hint(int status) {
        if (status == 401) {
            return adminToken == null
                    ? " (the server has an admin token: connect with WamockClient.connect(url, adminToken))"
                    : " (the admin token sent does not match the server's --admin-token / WAMOCK_ADMIN_TOKEN)";
        }
        return status == 404 ? " (is " + baseUrl + " a wamock server?)" : "";
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** The Graph error envelope's message without the server's prefix, or the raw body, shortened. */
    private static String messageOf(String body) {
        try {
            JsonNode message = Mappers.JSON.readTree(body).path("error").path("message");
            if (message.isString()) {
                String text = message.asString();
                return text.startsWith(SERVER_PREFIX) ? text.substring(SERVER_PREFIX.length()) : text;
            }
        } catch (JacksonException notJson) {
            // fall through to the raw body
        }
        return body.length() <= MAX_BODY_SHOWN ? body : body.substring(0, MAX_BODY_SHOWN) + "…";
    }
}
