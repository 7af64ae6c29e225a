package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One {@code GET /__wamock/journal/stream}: Server-Sent Events on the thread that serves the request. Every
 * {@link #TICK} it polls its {@link JournalTail} and writes what landed as one batch ({@code entry} events, each
 * {@code id:} its sequence number; {@code cleared} and {@code dropped} events), at most {@link #MAX_PER_TICK} entries,
 * through a buffer of {@link #BUFFER_BYTES}; a comment every {@link #HEARTBEAT} when idle, so a client that left is
 * noticed. A client that stops reading is cut off ({@link SlowReadCutOff#stallsOnly}); {@link #stop()} ends it with an
 * {@code end} event.
 */
final class JournalStream {
    static final Duration TICK = Duration.ofMillis(100);
    static final Duration HEARTBEAT = Duration.ofSeconds(1);
    static final int MAX_PER_TICK = 100;
    static final int BUFFER_BYTES = 64 * 1024;

    private final JournalTail tail;
    private final SlowReadCutOff out;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(BUFFER_BYTES);
    private final Object wake = new Object();
    private volatile boolean stopped;

    JournalStream(JournalTail tail, SlowReadCutOff out) {
        this.tail = tail;
        this.out = out;
    }

    /**
     * Streams until {@link #stop()} (or an interrupt), the client leaves or stops reading, or the state store fails
     * (an {@code error} event); throws nothing.
     */
    void run() {
        try {
            write("retry: 1000\n\n");
            out.flush();
            long lastWrite = System.nanoTime();
            while (!stopped) {
                tail.poll(MAX_PER_TICK, events);
                if (buffer.size() > 0) {
                    drain();
                    out.flush();
                    lastWrite = System.nanoTime();
                } else if (System.nanoTime() - lastWrite >= HEARTBEAT.toNanos()) {
                    write(":\n\n");
                    out.flush();
                    lastWrite = System.nanoTime();
                }
                synchronized (wake) {
                    if (!stopped) {
                        wake.wait(TICK.toMillis());
                    }
                }
            }
            end("end", "the server is stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end("end", "the server is stopping");
        } catch (StateUnavailableException e) {
            end("error", e.getMessage());
        } catch (IOException | UncheckedIOException clientGone) {
            out.abort();
        }
    }

    /** A last event, then the end of the answer; a client gone by then is let go. */
    private void end(String event, String message) {
        try {
            buffer.reset();
            write("event: " + event + "\ndata: " + Mappers.JSON.writeValueAsString(java.util.Map.of("message", message))
                    + "\n\n");
            out.close();
        } catch (IOException | UncheckedIOException clientGone) {
            out.abort();
        }
    }

    /** Ends the stream at its next tick (at once if it is waiting for one). */
    void stop() {
        stopped = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private final JournalTail.Listener events = new JournalTail.Listener() {
        @Override
        public void cleared() {
            event("id: 0\nevent: cleared\ndata: {\"message\":\"the journal was cleared; sequence numbers start from 1 "
                    + "again\"}\n\n");
        }

        @Override
        public void dropped(long count) {
            event("event: dropped\ndata: {\"count\":" + count + ",\"message\":\"" + count + " entries will not be sent: "
                    + "they fell off the bounded journal (or were unanswered too long) before this stream got to them\"}\n\n");
        }

        @Override
        public void skipped(long count) {
            event("event: skipped\ndata: {\"count\":" + count + ",\"message\":\"" + count + " entries passed over: more"
                    + " than " + MAX_PER_TICK + " landed in one tick; the stream goes on with the newest (GET"
                    + " /__wamock/journal has them all)\"}\n\n");
        }

        @Override
        public void entry(JournalEntry entry) {
            // one data line: JSON escapes every line break inside a string
            buffer.writeBytes(("id: " + entry.seq() + "\nevent: entry\ndata: ").getBytes(StandardCharsets.UTF_8));
            buffer.writeBytes(Mappers.JSON.writeValueAsBytes(entry));
            event("\n\n");
        }

        private void event(String text) {
            buffer.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            if (buffer.size() >= BUFFER_BYTES) {
                try {
                    drain();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    };

    private void write(String text) throws IOException {
        buffer.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        drain();
    }

    private void drain() throws IOException {
        buffer.writeTo(out);
        buffer.reset();
    }
}
