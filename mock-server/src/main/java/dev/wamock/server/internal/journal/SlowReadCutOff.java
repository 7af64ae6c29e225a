package dev.wamock.server.internal.journal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The output of a long answer (a journal read) that closes its connection when the client stops taking it:
 * a write that has waited {@link #STALL_SECONDS} s for the client, or, after {@link #GRACE_SECONDS} s, less
 * than {@link #MIN_BYTES_PER_SECOND} bytes/s on average (the kernel's socket buffers take a few MB before a
 * write waits at all). The waiting write then fails, so a client that reads slowly, or not at all, gives its
 * thread back. Looks once a second until {@link #close()}. A stream that is idle by nature (the journal's live stream)
 * is watched for stalls only ({@link #stallsOnly}).
 */
final class SlowReadCutOff extends OutputStream {
    static final long STALL_SECONDS = 5;
    static final long GRACE_SECONDS = 10;
    static final long MIN_BYTES_PER_SECOND = 64 * 1024;
    private static final long SECOND = 1_000_000_000L;

    private final OutputStream out;
    private final EndPoint endPoint;
    private final Scheduler scheduler;
    private final long minBytesPerSecond;
    private final long start = System.nanoTime();
    private volatile long written;
    /** When the write under way began, or 0 between writes. */
    private volatile long writing;
    private volatile boolean done;

    SlowReadCutOff(OutputStream out, EndPoint endPoint, Scheduler scheduler) {
        this(out, endPoint, scheduler, MIN_BYTES_PER_SECOND);
    }

    private SlowReadCutOff(OutputStream out, EndPoint endPoint, Scheduler scheduler, long minBytesPerSecond) {
        this.out = out;
        this.endPoint = endPoint;
        this.scheduler = scheduler;
        this.minBytesPerSecond = minBytesPerSecond;
        scheduler.schedule(this::check, 1, TimeUnit.SECONDS);
    }

    /** An output cut off only when one write waits {@link #STALL_SECONDS} s: no average rate asked of it. */
    static SlowReadCutOff stallsOnly(OutputStream out, EndPoint endPoint, Scheduler scheduler) {
        return new SlowReadCutOff(out, endPoint, scheduler, 0);
    }

    private void check() {
        if (done) {
            return;
        }
        long now = System.nanoTime();
        long began = writing;
        boolean stalled = began != 0 && now - began >= STALL_SECONDS * SECOND;
        long elapsed = now - start;
        boolean slow = elapsed >= GRACE_SECONDS * SECOND && written < minBytesPerSecond * (elapsed / 1_000_000) / 1_000;
        if (stalled || slow) {
            abort();
        } else {
            scheduler.schedule(this::check, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        writing = System.nanoTime();
        try {
            out.write(b, off, len);
        } finally {
            writing = 0;
        }
        written += len;
    }

    @Override
    public void flush() throws IOException {
        writing = System.nanoTime();
        try {
            out.flush();
        } finally {
            writing = 0;
        }
    }

    /** Closes the connection at once, the answer unfinished, and stops looking. */
    void abort() {
        done = true;
        endPoint.close();
    }

    /** Finishes the answer (writing what is left) and stops looking. */
    @Override
    public void close() throws IOException {
        writing = System.nanoTime();
        try {
            out.close();
        } finally {
            writing = 0;
            done = true;
        }
    }
}
