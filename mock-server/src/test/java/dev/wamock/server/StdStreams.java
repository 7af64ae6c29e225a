package dev.wamock.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what is printed to {@link System#out} and {@link System#err} until {@link #close()}, while
 * still passing it through, so a test can search everything the server and the CLI printed.
 */
public final class StdStreams implements AutoCloseable {
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private StdStreams(boolean passThrough) {
        System.setOut(new PrintStream(passThrough ? tee(out, originalOut) : out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(passThrough ? tee(err, originalErr) : err, true, StandardCharsets.UTF_8));
    }

    /** Captures and still prints. */
    static StdStreams tee() {
        return new StdStreams(true);
    }

    /** Captures only. */
    static StdStreams capture() {
        return new StdStreams(false);
    }

    synchronized String out() {
        System.out.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    synchronized String err() {
        System.err.flush();
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.out.flush();
        System.err.flush();
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    /** Writes to both, one write at a time (so lines of two threads do not interleave within a write). */
    public static OutputStream tee(OutputStream first, OutputStream second) {
        return new OutputStream() {
            @Override
            public synchronized void write(int b) throws IOException {
                first.write(b);
                second.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) throws IOException {
                first.write(b, off, len);
                second.write(b, off, len);
            }
        };
    }
}
