package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.JournalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Appends every journal entry to a JSON Lines file, off the request path: a writer thread drains a
 * queue and writes whole lines at least every 200 ms, so a crash loses at most the last second.
 * {@link #close()} drains and flushes what is left. A write that fails (a full disk) leaves whole lines
 * only, is reported once on stderr, and every entry not written is counted ({@link #lost()}).
 */
public final class JournalSink implements AutoCloseable {
    private static final Object STOP = new Object();
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final JournalLines lines;
    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    /** Appends to {@code file} (created if missing) and reports a failure on stderr. */
    public JournalSink(Path file) {
        this(file, open(file), System.err::println);
    }

    JournalSink(Path path, LineFile file, Consumer<String> report) {
        this.lines = new JournalLines(path, file, report);
        this.writer = new Thread(this::drain, "wamock-journal-sink");
        writer.setDaemon(true);
        writer.start();
    }

    private static LineFile open(Path file) {
        try {
            return LineFile.append(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal file " + file + ": " + e.getMessage(), e);
        }
    }

    void accept(JournalEntry entry) {
        queue.add(entry);
        if (closed && queue.remove(entry)) { // came after the writer's last batch: never written
            lines.lost(1);
        }
    }

    /** Entries written to the file so far. */
    public long written() {
        return lines.written();
    }

    /** Entries not written to the file (a failed write, or still queued when it closed); each counted once. */
    public long lost() {
        return lines.lost();
    }

    /** The file's state as {@code GET /__wamock/health} shows it under {@code journalFile}. */
    public Map<String, Object> health() {
        return lines.health();
    }

    private void drain() {
        List<Object> batch = new ArrayList<>();
        boolean running = true;
        while (running) {
            try {
                Object first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, 10_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            running &= !batch.remove(STOP);
            lines.append(batch);
            batch.clear();
        }
    }

    /** Writes what is queued, then closes the file; a failure is reported and counted, never thrown. */
    @Override
    public void close() {
        closed = true;
        queue.add(STOP);
        try {
            writer.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Object> left = new ArrayList<>();
        queue.drainTo(left);
        left.remove(STOP);
        lines.lost(left.size());
        lines.close();
    }
}
