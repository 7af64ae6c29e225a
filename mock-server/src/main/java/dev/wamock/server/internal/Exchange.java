package dev.wamock.server.internal;

import dev.wamock.scenarios.Decision;
import dev.wamock.scenarios.GraphError;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** What the server learns about one request while answering it; becomes a journal entry. */
final class Exchange {
    static final String ATTRIBUTE = "wamock.exchange";
    /** The journal outcome of a request the server stopped before answering it (the drain timed out). */
    static final String CUT_OFF = "cut-off";
    /** The journal outcome of a slow answer whose client hung up before its last piece. */
    static final String HUNG_UP = "client-hung-up";

    /** From {@link JournalRecorder#nextTicket()}: the sequence number and the journal generation. */
    final long ticket;
    final long receivedNanos;
    final Instant receivedAt;
    String token;
    String tokenSource;
    String version;
    String numberId;
    List<String> fields;
    Decision decision;
    GraphError error;
    dev.wamock.scenarios.Fault fault;
    /** Set when the server stopped while this request waited: the connection was closed, nothing sent. */
    boolean unanswered;
    /** Set when the client hung up in the middle of a slow answer. */
    boolean hungUp;

    Exchange(long ticket) {
        this.ticket = ticket;
        this.receivedNanos = System.nanoTime();
        this.receivedAt = Instant.now();
    }

    static Exchange of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
