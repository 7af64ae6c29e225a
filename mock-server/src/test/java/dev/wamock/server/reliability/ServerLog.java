package dev.wamock.server.reliability;

import dev.wamock.server.StdStreams;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the server logs while a test runs: {@link System#err} (slf4j-simple's target) captured and
 * still passed through, so a test can check that no handler failed ({@code wamock failed on …}).
 */
final class ServerLog implements AutoCloseable {
    static final String HANDLER_FAILED = "wamock failed on";
    /** Jetty's word for a pooled buffer released twice: two connections may have shared it (bug 19). */
    static final String RELEASED_TWICE = "already released";

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private ServerLog() {
        System.setErr(new PrintStream(StdStreams.tee(captured, original), true, StandardCharsets.UTF_8));
    }

    static ServerLog capture() {
        return new ServerLog();
    }

    synchronized String text() {
        System.err.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was captured so far (after a known bug's expected log lines). */
    synchronized void forget() {
        System.err.flush();
        captured.reset();
    }

    /** Lines that report a handler failure, a buffer released twice or any ERROR. */
    List<String> errors() {
        return text().lines()
                .filter(l -> l.contains(HANDLER_FAILED) || l.contains(RELEASED_TWICE) || l.contains(" ERROR "))
                .toList();
    }

    @Override
    public void close() {
        System.err.flush();
        System.setErr(original);
    }
}
