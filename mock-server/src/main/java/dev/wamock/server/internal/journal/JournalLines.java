package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.engine.Mappers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Appends batches of journal entries to the journal file as JSON lines, whole lines only: when a write
 * fails part-way (a full disk), the file is cut back to its last complete line, the entries whose lines
 * made it count as written and the others as lost. So the file always reads as JSON Lines, and written
 * + lost is every entry given, each counted once. The first failure is reported in one line; a later
 * batch is tried again, so the file goes on once there is room. Appended to by one thread (the sink's
 * writer); counts and state are read from any thread.
 */
final class JournalLines {
    private final Path path;
    private final LineFile file;
    private final Consumer<String> report;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private volatile String error; // why the last write failed; null while writes succeed
    private boolean reported;
    private boolean torn; // a part line could not be cut off: nothing more is appended after it

    JournalLines(Path path, LineFile file, Consumer<String> report) {
        this.path = path;
        this.file = file;
        this.report = report;
    }

    void append(List<?> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (torn) {
            lost.addAndGet(entries.size());
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] ends = new int[entries.size()];
        int lines = 0;
        for (Object entry : entries) {
            try {
                bytes.writeBytes(Mappers.JSON.writeValueAsBytes(entry));
                bytes.write('\n');
                ends[lines++] = bytes.size();
            } catch (RuntimeException e) {
                failed("cannot write an entry as JSON (" + message(e) + ")", 1);
            }
        }
        if (lines > 0) {
            write(ByteBuffer.wrap(bytes.toByteArray()), ends, lines);
        }
    }

    private void write(ByteBuffer buffer, int[] ends, int lines) {
        long start = 0;
        try {
            start = file.size();
            while (buffer.hasRemaining()) {
                file.write(buffer);
            }
            written.addAndGet(lines);
            error = null;
        } catch (IOException e) {
            int whole = 0;
            while (whole < lines && ends[whole] <= buffer.position()) {
                whole++;
            }
            int kept = whole == 0 ? 0 : ends[whole - 1];
            if (buffer.position() > kept) {
                cutBack(start + kept);
            }
            written.addAndGet(whole);
            failed("cannot write (" + message(e) + ")", lines - whole);
        }
    }

    /** Cuts off the part line a failed write left, so that the next line starts on a line of its own. */
    private void cutBack(long size) {
        try {
            file.truncate(size);
        } catch (IOException e) {
            torn = true;
            report.accept("wamock: journal file " + path + ": cannot cut off the part line a failed write left ("
                    + message(e) + "); nothing more is appended to it, every later entry is counted as lost");
        }
    }

    private void failed(String problem, long entries) {
        lost.addAndGet(entries);
        error = problem;
        if (!reported) {
            reported = true;
            report.accept("wamock: journal file " + path + ": " + problem + "; " + entries
                    + (entries == 1 ? " entry" : " entries") + " not written. The file keeps whole lines only;"
                    + " every entry it cannot take is counted in GET /__wamock/health (journalFile.lost)"
                    + " and makes the CLI exit 3");
        }
    }

    /** Counts entries that never reached {@link #append} (left in the queue when the file closed). */
    void lost(long entries) {
        lost.addAndGet(entries);
    }

    long written() {
        return written.get();
    }

    long lost() {
        return lost.get();
    }

    /**
     * {@code state} ("ok", or "failing" while writes fail), {@code written}, {@code lost},
     * {@code path}, and {@code error} while failing.
     */
    Map<String, Object> health() {
        String problem = error;
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("state", problem == null ? "ok" : "failing");
        health.put("written", written.get());
        health.put("lost", lost.get());
        health.put("path", path.toString());
        if (problem != null) {
            health.put("error", problem);
        }
        return health;
    }

    /** Forces the lines to the device and closes the file; a failure is reported, never thrown. */
    void close() {
        try (LineFile closing = file) {
            closing.force();
        } catch (IOException e) {
            error = "cannot flush to the device on close (" + message(e) + ")";
            report.accept("wamock: journal file " + path + ": " + error
                    + "; lines written since the last flush may be missing");
        }
    }

    private static String message(Exception e) {
        return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }
}
