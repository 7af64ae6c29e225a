package dev.wamock.server.internal;

import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.internal.Mappers;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.util.thread.Scheduler;
import tools.jackson.core.JsonGenerator;

/**
 * {@code GET /__wamock/journal} of one server: the journal written to the client entry by entry as it
 * is unpacked from the ring, so a read holds one entry and the writers' buffers whatever the ring's size
 * or the client's speed; at most {@value #MAX_READS} reads at once, each cut off after {@link #DEADLINE}.
 * A client that reads slowly, or not at all, so holds one thread and one of those places for that long
 * at most, and a read never costs the endpoint more than {@value #MAX_READS} busy threads.
 */
final class JournalReads {
    /** How many journal reads of one server run at once. */
    static final int MAX_READS = 4;
    /** How long a read waits for a place before it is refused. */
    static final Duration WAIT = Duration.ofSeconds(1);
    /** A read still being written after this is cut off (its connection closed); a full ring takes < 1 s. */
    static final Duration DEADLINE = Duration.ofSeconds(10);

    private final JournalRecorder journal;
    private final Semaphore places = new Semaphore(MAX_READS);

    JournalReads(JournalRecorder journal) {
        this.journal = journal;
    }

    /** Answers {@code ctx} with the entries it asks for; 503 when every place stays taken for {@link #WAIT}. */
    void serve(Context ctx) throws InterruptedException {
        JournalQuery query = JournalQuery.of(ctx);
        if (!places.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            ctx.header("Retry-After", "1");
            throw new GraphFailure(503, GraphError.of("wamock admin: at most " + MAX_READS + " journal reads are "
                    + "served at once and " + MAX_READS + " were still running after " + WAIT.toMillis() + " ms; retry "
                    + "after a second, and page through a large journal (?limit=1000, then ?since=<next> from each "
                    + "answer) so that each read ends quickly", "OAuthException", 2).withTransient(true));
        }
        ConnectionMetaData connection = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData();
        Scheduler.Task cutOff = connection.getConnector().getScheduler().schedule(
                () -> connection.getConnection().getEndPoint().close(), DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        try {
            write(ctx, query);
        } finally {
            cutOff.cancel();
            places.release();
        }
    }

    /** {@code {"total": …, "dropped": …, "entries": […]}}, plus {@code "next": seq} when {@code limit} cut it short. */
    private void write(Context ctx, JournalQuery query) {
        ctx.status(200).contentType(GraphResponses.JSON);
        JournalRecorder.View view = journal.view();
        try (JsonGenerator json = Mappers.JSON.createGenerator(ctx.res().getOutputStream())) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
