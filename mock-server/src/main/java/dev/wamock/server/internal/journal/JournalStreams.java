package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.state.Sessions;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.ConnectionMetaData;

/**
 * {@code GET /__wamock/journal/stream} of one server: a session's journal as Server-Sent Events
 * ({@link JournalStream}), from the entry after {@code ?after=} or {@code Last-Event-ID}, filtered by
 * {@code ?number=} and {@code ?status=} as the journal read is. At most {@value #MAX_STREAMS} streams at once,
 * each holding one thread; {@link #stop} ends them all when the server stops.
 */
public final class JournalStreams {
    /** How many streams of one server run at once. */
    static final int MAX_STREAMS = 4;
    /**
     * How long a stream waits for a place: a stream whose client left frees its place at its second heartbeat after
     * (the first write after a close still succeeds), so a page that reconnects finds its old place.
     */
    static final Duration WAIT = JournalStream.HEARTBEAT.multipliedBy(2).plusSeconds(1);

    private final StateStore store;
    private final Semaphore places = new Semaphore(MAX_STREAMS);
    private final Set<JournalStream> open = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /** The journal streams of a server whose sessions live in {@code store}. */
    public JournalStreams(StateStore store) {
        this.store = store;
    }

    /** Streams until the client leaves or the server stops; 503 when every place stays taken for {@link #WAIT}. */
    public void serve(Context ctx) throws InterruptedException, IOException {
        JournalQuery query = JournalQuery.of(ctx);
        long after = Math.max(query.afterSeq(), Math.max(seq("after", ctx.queryParam("after")),
                seq("Last-Event-ID", ctx.header("Last-Event-ID"))));
        JournalTail tail = new JournalTail(Sessions.of(ctx, store).journal(), after, query.filter());
        if (!places.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            ctx.header("Retry-After", "5");
            throw new GraphErrorException(503, GraphError.of("wamock admin: at most " + MAX_STREAMS + " journal streams are "
                    + "served at once and " + MAX_STREAMS + " were still open after " + WAIT.toMillis() + " ms; close a "
                    + "dashboard tab or another stream, or read GET /__wamock/journal instead", "OAuthException", 2)
                    .withTransient(true));
        }
        try {
            ctx.status(200).contentType("text/event-stream; charset=utf-8").header("Cache-Control", "no-store")
                    .header("X-Accel-Buffering", "no");
            ConnectionMetaData connection = ServletContextRequest.getServletContextRequest(ctx.req())
                    .getConnectionMetaData();
            JournalStream stream = new JournalStream(tail, SlowReadCutOff.stallsOnly(ctx.res().getOutputStream(),
                    connection.getConnection().getEndPoint(), connection.getConnector().getScheduler()));
            open.add(stream);
            try {
                if (stopping) {
                    stream.stop();
                }
                stream.run();
            } finally {
                open.remove(stream);
            }
        } finally {
            places.release();
        }
    }

    /** Ends every stream (each sends an {@code end} event) and waits up to {@code wait} for them to finish. */
    public void stop(Duration wait) {
        stopping = true;
        open.forEach(JournalStream::stop);
        long deadline = System.nanoTime() + wait.toNanos();
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long seq(String name, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw GraphErrorException.badRequest(name + " must be a sequence number (a whole number, as in the events' id:)"
                    + " but was '" + value + "'");
        }
    }
}
