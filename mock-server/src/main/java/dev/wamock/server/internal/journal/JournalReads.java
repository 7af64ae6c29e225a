package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.state.JournalStore;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.graph.GraphResponses;
import dev.wamock.server.internal.state.Sessions;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.ConnectionMetaData;
import tools.jackson.core.JsonGenerator;

/**
 * {@code GET /__wamock/journal} of one server: the journal written to the client entry by entry as it
 * is unpacked from the ring, so a read holds one entry and the writers' buffers whatever the ring's size
 * or the client's speed; at most {@value #MAX_READS} reads at once, so reads never cost the endpoint more
 * than that many busy threads; and a read whose client stops taking it is cut off ({@link SlowReadCutOff}),
 * so that client gives its thread and its place back.
 */
public final class JournalReads {
    /**
     * How many journal reads of one server run at once. Each keeps a core busy while its client keeps up: with 16
     * clients reading a full ring again and again on 2 cores, the endpoint's p50 went from 0.8–1.2 ms to
     * 1.8–2.1 ms with 1 read at once, 1.3–2.1 ms with 2 and 3.6–5.0 ms with 4 (docs/reliability.md).
     */
    static final int MAX_READS = 2;
    /** How long a read waits for a place before it is refused. */
    static final Duration WAIT = Duration.ofSeconds(1);

    private final StateStore store;
    private final Semaphore places = new Semaphore(MAX_READS);

    /** The journal reads of a server whose sessions live in {@code store}. */
    public JournalReads(StateStore store) {
        this.store = store;
    }

    /** Answers {@code ctx} with the entries it asks for; 503 when every place stays taken for {@link #WAIT}. */
    public void serve(Context ctx) throws InterruptedException, IOException {
        JournalQuery query = JournalQuery.of(ctx);
        JournalStore journal = Sessions.of(ctx, store).journal();
        if (!places.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            ctx.header("Retry-After", "1");
            throw new GraphErrorException(503, GraphError.of("wamock admin: at most " + MAX_READS + " journal reads are "
                    + "served at once and " + MAX_READS + " were still running after " + WAIT.toMillis() + " ms; retry "
                    + "after a second, and page through a large journal (?limit=1000, then ?since=<next> from each "
                    + "answer) so that each read ends quickly", "OAuthException", 2).withTransient(true));
        }
        try {
            write(ctx, query, journal);
        } finally {
            places.release();
        }
    }

    /**
     * {@code {"total": …, "dropped": …, "entries": […]}}, plus {@code "next": seq} when {@code limit} cut it short.
     * A failure half-way aborts the connection: the answer then lacks its last chunk, never looks whole.
     */
    private static void write(Context ctx, JournalQuery query, JournalStore journal) throws IOException {
        ctx.status(200).contentType(GraphResponses.JSON);
        JournalStore.View view = journal.view();
        ConnectionMetaData connection = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData();
        SlowReadCutOff out = new SlowReadCutOff(ctx.res().getOutputStream(), connection.getConnection().getEndPoint(),
                connection.getConnector().getScheduler());
        try {
            JsonGenerator json = Mappers.JSON.createGenerator(out);
            json.writeStartObject();
            json.writeNumberProperty("total", view.total());
            json.writeNumberProperty("dropped", view.dropped());
            json.writeArrayPropertyStart("entries");
            long next = view.forEach(query.afterSeq(), query.limit(), query.filter(), json::writePOJO);
            json.writeEndArray();
            if (next > 0) {
                json.writeNumberProperty("next", next);
            }
            json.writeEndObject();
            json.close();
        } catch (RuntimeException e) {
            out.abort();
            throw e;
        }
    }
}
