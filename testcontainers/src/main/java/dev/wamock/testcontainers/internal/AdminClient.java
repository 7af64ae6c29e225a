package dev.wamock.testcontainers.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalSource;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.internal.Mappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@link WamockControl} over a running server's admin API ({@code /__wamock/…}), with the admin token as
 * a bearer token. Bodies are read with the model's own classes, so {@link #journal()} and
 * {@link #progress()} return what the in-process server returns. A refused scenario (400) fails with
 * {@link IllegalArgumentException} and the server's message, as {@code WamockServer.use} does.
 * Internal: not part of wamock's API.
 */
public final class AdminClient implements WamockControl {
    private static final String PREFIX = "/__wamock";
    private static final String SERVER_PREFIX = "wamock admin: ";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final String baseUrl;
    private final String adminToken;

    /** {@code adminToken} may be null for a server started without {@code --admin-token}. */
    public AdminClient(String baseUrl, String adminToken) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.adminToken = adminToken;
    }

    /** A fresh random admin token: {@code wamock-admin-} and 32 hex digits. */
    public static String randomToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "wamock-admin-" + HexFormat.of().formatHex(bytes);
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void use(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        send("PUT", "/scenario", Mappers.JSON.writeValueAsString(scenario));
    }

    @Override
    public void use(String scenarioName) {
        Objects.requireNonNull(scenarioName, "scenarioName");
        send("PUT", "/scenario", Mappers.JSON.writeValueAsString(Map.of("name", scenarioName)));
    }

    @Override
    public void reset() {
        send("POST", "/reset", null);
    }

    @Override
    public Journal journal() {
        return Mappers.JSON.readValue(send("GET", "/journal", null), Journal.class).withSource(remote);
    }

    @Override
    public void clearJournal() {
        send("DELETE", "/journal", null);
    }

    @Override
    public ScenarioProgress progress() {
        JsonNode active = Mappers.JSON.readTree(send("GET", "/scenario", null)).get("active");
        return active == null || active.isNull() ? null : Mappers.JSON.treeToValue(active, ScenarioProgress.class);
    }

    /** The journal over HTTP: {@code await} asks again every 20 ms until enough has landed. */
    private final JournalSource remote = new JournalSource() {
        @Override
        public Journal snapshot() {
            return journal();
        }

        @Override
        public Journal awaitUntil(Predicate<Journal> enough, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            Journal now = journal();
            while (!enough.test(now) && System.nanoTime() < deadline) {
                Thread.sleep(20);
                now = journal();
            }
            return now;
        }
    };

    /** The server's clock, driven over {@code POST /__wamock/clock}. */
    @Override
    public WamockClock clock() {
        return new AdminClock(this);
    }

    /** {@code POST /__wamock/clock} with these fields. */
    void clock(Map<String, Object> fields) {
        send("POST", "/clock", Mappers.JSON.writeValueAsString(fields));
    }

    private String send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + PREFIX + path))
                .timeout(CALL_TIMEOUT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (adminToken != null) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        String call = method + " " + baseUrl + PREFIX + path;
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("wamock admin call " + call + " failed: " + e.getMessage()
                    + "; is the server (container) still running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during wamock admin call " + call, e);
        }
        int status = response.statusCode();
        if (status == 400) {
            throw new IllegalArgumentException(messageOf(response.body()));
        }
        if (status / 100 != 2) {
            throw new IllegalStateException("wamock admin call " + call + " answered " + status + ": "
                    + messageOf(response.body())
                    + (status == 401 ? " (the admin token sent does not match the server's --admin-token)" : ""));
        }
        return response.body();
    }

    /** The Graph error envelope's message without the server's prefix, or the raw body. */
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
        return body;
    }
}
