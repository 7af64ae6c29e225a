package dev.wamock.server.chaos;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.WamockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A client's view of a server under chaos: real {@link HttpClient} calls that never throw, each with what
 * came back (a response or the exception) and how long it took on the client's clock; and a journal that
 * waits for entries still being written (a fault's entry lands once the server is done with the socket).
 */
final class ChaosClient {
    /** A default fixture: CONNECTED, GREEN. */
    static final String NUMBER = "106540352242922";
    /** Another default fixture. */
    static final String OTHER_NUMBER = "113269274970227";
    static final String TOKEN = "fake-token-aaaa";

    private final WamockServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ChaosClient(WamockServer server) {
        this.server = server;
    }

    /** What one call gave the client: a response or the exception, and the time it took. */
    record Outcome(HttpResponse<String> response, IOException failure, Duration elapsed) {
        int status() {
            if (response == null) {
                throw new AssertionError("expected a response but the call failed after " + elapsed.toMillis() + " ms: "
                        + chain(failure), failure);
            }
            return response.statusCode();
        }

        String body() {
            status();
            return response.body();
        }

        String header(String name) {
            status();
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return Optional.ofNullable(header("content-type")).orElse("");
        }

        /** The innermost cause of the failure: what the socket said. */
        Throwable rootCause() {
            if (failure == null) {
                throw new AssertionError("expected the call to fail but it answered " + response.statusCode() + ": "
                        + response.body());
            }
            Throwable t = failure;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            return t;
        }

        /** {@code 200}, or the failure as {@code IOException > SocketException: Connection reset}. */
        String kind() {
            if (response != null) {
                return String.valueOf(response.statusCode());
            }
            Throwable root = rootCause();
            return failure.getClass().getSimpleName() + " > " + root.getClass().getSimpleName() + ": " + root.getMessage();
        }

        static String chain(Throwable t) {
            StringBuilder sb = new StringBuilder();
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                sb.append(sb.isEmpty() ? "" : " <- ").append(c.getClass().getName()).append(": ").append(c.getMessage());
            }
            return sb.toString();
        }
    }

    /** GET /v23.0/{@link #NUMBER} with a bearer token and a 10 s timeout. */
    Outcome get() {
        return get(NUMBER, TOKEN, Duration.ofSeconds(10));
    }

    Outcome get(Duration timeout) {
        return get(NUMBER, TOKEN, timeout);
    }

    Outcome get(String number, String token, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v23.0/" + number))
                .header("Authorization", "Bearer " + token).timeout(timeout).GET().build());
    }

    /** An admin call with a JSON body; answers are plain JSON. */
    Outcome admin(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/__wamock" + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    Outcome send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(response, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Outcome(null, e, Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET of {@code pathAndQuery} read as a stream: when the headers came, and when the whole body had. */
    Streamed streamed(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
                .header("Authorization", "Bearer " + TOKEN).build();
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> response = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        long headersAt = System.nanoTime() - start;
        byte[] body;
        try (java.io.InputStream in = response.body()) {
            body = in.readAllBytes();
        }
        return new Streamed(response, body, headersAt, System.nanoTime() - start);
    }

    /** A streamed answer: its body, and the nanoseconds from sending to the headers and to the body's end. */
    record Streamed(HttpResponse<java.io.InputStream> response, byte[] body, long headersAt, long bodyAt) {
    }

    HttpClient http() {
        return http;
    }

    /** The journal once it holds {@code entries} entries; fails after 10 s with the timeline. */
    Journal journal(int entries) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Journal journal = server.journal();
        while (journal.entries().size() < entries && System.nanoTime() < deadline) {
            sleep(5);
            journal = server.journal();
        }
        if (journal.entries().size() < entries) {
            throw new AssertionError("expected " + entries + " journal entries within 10 s but found "
                    + journal.entries().size() + " (total " + journal.total() + "):\n" + journal.timeline());
        }
        return journal;
    }

    /** The only entry of the journal, once written. */
    JournalEntry onlyEntry() {
        List<JournalEntry> entries = journal(1).entries();
        if (entries.size() != 1) {
            throw new AssertionError("expected 1 journal entry but found " + entries.size() + ":\n"
                    + server.journal().timeline());
        }
        return entries.get(0);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
