package dev.wamock.server.internal;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.internal.Mappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Appends every journal entry to a JSON Lines file, off the request path: a writer thread drains a
 * queue and writes whole lines at least every 200 ms, so a crash loses at most the last second.
 * {@link #close()} drains and flushes what is left.
 */
public final class JournalSink implements AutoCloseable {
    private static final JournalEntry STOP = JournalEntry.builder().seq(-1).build();

    private final Path file;
    private final FileChannel channel;
    private final LinkedBlockingQueue<JournalEntry> queue = new LinkedBlockingQueue<>();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread writer;

    public JournalSink(Path file) {
        this.file = file;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal file " + file + ": " + e.getMessage(), e);
        }
        this.writer = new Thread(this::drain, "wamock-journal-sink");
        writer.setDaemon(true);
        writer.start();
    }

    void accept(JournalEntry entry) {
        queue.add(entry);
    }

    /** Entries written to the file so far. */
    public long written() {
        return written.get();
    }

    /** Entries that could not be written (I/O errors). */
    public long failed() {
        return failed.get();
    }

    private void drain() {
        List<JournalEntry> batch = new ArrayList<>();
        boolean running = true;
        while (running) {
            try {
                JournalEntry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, 10_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            running &= !batch.remove(STOP);
            write(batch);
            batch.clear();
        }
    }

    private void write(List<JournalEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (JournalEntry e : batch) {
            lines.append(Mappers.JSON.writeValueAsString(e)).append('\n');
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            written.addAndGet(batch.size());
        } catch (IOException e) {
            failed.addAndGet(batch.size());
        }
    }

    /** Writes what is queued, then closes the file. */
    @Override
    public void close() {
        queue.add(STOP);
        try {
            writer.join(10_000);
            channel.force(false);
            channel.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close journal file " + file, e);
        }
    }
}
