package dev.wamock.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A script's view of a server-sent event stream such as {@code GET /__wamock/journal/stream} (opened by
 * {@link Http#events}): the JDK's HttpClient reading the answer line by line as it arrives, a thread of its own
 * turning the lines into {@link Event}s (comments and {@code retry:} dropped).
 */
public final class EventStream implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Event END = new Event("(end of the answer)", null, null);

    /**
     * One event.
     *
     * @param event its name ({@code message} unless an {@code event:} line said otherwise)
     * @param id its {@code id:}, or null
     * @param data its data lines, joined by newlines
     */
    public record Event(String event, String id, String data) {
        /** The data parsed as JSON. */
        public JsonNode json() {
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

    /** Sends {@code request} through {@code client}; returns once the status and headers arrived. */
    static EventStream open(HttpClient client, HttpRequest request) {
        try {
            return new EventStream(client.send(request, HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer's status. */
    public int status() {
        return response.statusCode();
    }

    /** The first value of header {@code name}, or null. */
    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The whole body of an answer that is not a stream (a refusal), once it ended. */
    public String body(Duration timeout) {
        awaitEnd(timeout);
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** The next event, failing the test when none comes within {@code timeout}. */
    public Event next(Duration timeout) {
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
    public Event next(String name, Duration timeout) {
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
    public boolean awaitEnd(Duration timeout) {
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

    /** Whether {@code e} is the mark {@link #next(Duration)} gives when the answer ended. */
    public static boolean isEnd(Event e) {
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
