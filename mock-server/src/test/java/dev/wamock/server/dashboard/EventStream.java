package dev.wamock.server.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A script's view of {@code GET /__wamock/journal/stream}: the JDK's HttpClient reading the answer line by line as it
 * arrives, a thread of its own turning the lines into {@link Event}s (comments and {@code retry:} dropped).
 */
final class EventStream implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Event END = new Event("(end of the answer)", null, null);

    /** One event: its name, its {@code id:} (or null) and its data. */
    record Event(String event, String id, String data) {
        JsonNode json() {
            return JSON.readTree(data);
        }
    }

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> lines = new ArrayList<>();

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code url} with the header name/value pairs given; returns once the status and headers arrived. */
    static EventStream open(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new EventStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The whole body of an answer that is not a stream (a refusal), once it ended. */
    String body(Duration timeout) {
        awaitEnd(timeout);
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** The next event, failing the test when none comes within {@code timeout}. */
    Event next(Duration timeout) {
        try {
            Event e = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (e == null) {
                throw new AssertionError("no event within " + timeout.toMillis() + " ms");
            }
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event named {@code name}, skipping others. */
    Event next(String name, Duration timeout) {
        for (;;) {
            Event e = next(timeout);
            if (e == END) {
                throw new AssertionError("the stream ended before a '" + name + "' event");
            }
            if (e.event().equals(name)) {
                return e;
            }
        }
    }

    /** Whether the answer ended within {@code timeout} (events before the end are skipped). */
    boolean awaitEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (;;) {
                long left = deadline - System.nanoTime();
                Event e = events.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (e == END) {
                    events.add(END);
                    return true;
                }
                if (e == null) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean isEnd(Event e) {
        return e == END;
    }

    private void read() {
        String name = "message";
        String id = null;
        StringBuilder data = null;
        try (Stream<String> body = response.body()) {
            for (String line : (Iterable<String>) body::iterator) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(name, id, data.toString()));
                    }
                    name = "message";
                    id = null;
                    data = null;
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    data = data == null ? new StringBuilder(line.substring(6)) : data.append('\n').append(line.substring(6));
                }
            }
        } catch (UncheckedIOException | IllegalStateException closed) {
            // the connection ended: the end of the answer
        } finally {
            events.add(END);
        }
    }

    @Override
    public void close() {
        response.body().close();
    }
}
