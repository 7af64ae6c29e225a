package dev.wamock.server.internal;

import dev.wamock.scenarios.Decision;
import dev.wamock.scenarios.GraphError;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/** What the server learns about one request while answering it; becomes a journal entry. */
final class Exchange {
    static final String ATTRIBUTE = "wamock.exchange";

    final long seq;
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

    Exchange(long seq) {
        this.seq = seq;
        this.receivedNanos = System.nanoTime();
        this.receivedAt = Instant.now();
    }

    static Exchange of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
