package dev.wamock.server.internal;

import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.scenarios.WamockFailure;
import dev.wamock.scenarios.engine.Decision;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** What the server learns about one request while answering it; becomes a journal entry. */
final class Exchange {
    static final String ATTRIBUTE = "wamock.exchange";

    /** The session the request acts on (the default one when it named a session that could not be had). */
    final dev.wamock.scenarios.engine.state.SessionState session;
    /** From the session journal's {@code arrive()}. */
    final long ticket;
    final long receivedNanos;
    final Instant receivedAt;
    /** The scenario clock's reading on arrival. */
    final long clockNanos;
    String token;
    TokenSource tokenSource;
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
    /** The body sent (whole or the part a fault let through), or null when none was. */
    byte[] body;
    /** Set when wamock itself failed while answering. */
    WamockFailure failure;

    Exchange(dev.wamock.scenarios.engine.state.SessionState session, long ticket, long clockNanos) {
        this.session = session;
        this.ticket = ticket;
        this.clockNanos = clockNanos;
        this.receivedNanos = System.nanoTime();
        this.receivedAt = Instant.now();
    }

    static Exchange of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
