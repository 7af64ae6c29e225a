package dev.wamock.server.internal.errors;

import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.WamockFailure;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import dev.wamock.server.internal.graph.GraphResponses;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.journal.EntryDraft;

/**
 * Answers a request the state store could not decide: a Graph-shaped 503 (transient, so a client retries) with
 * {@code X-Wamock-State: <reason>}, and a journal entry whose outcome is {@code wamock-error}, so a test that relied
 * on it fails instead of passing on an answer no scenario chose.
 */
public final class StateFailures {
    /** The response header that says why the state store could not answer. */
    static final String HEADER = "X-Wamock-State";

    private StateFailures() {
    }

    /** Answers {@code ctx} with the 503 and puts the failure on its entry draft. */
    public static void answer(Exchange ctx, StateUnavailableException e) {
        ctx.header(HEADER, e.reason());
        GraphErrorException failure = new GraphErrorException(503,
                GraphError.of("wamock: " + e.getMessage(), "OAuthException", 2).withTransient(true));
        EntryDraft draft = ctx.draft();
        if (draft != null) {
            draft.failure = WamockFailure.of(e);
        }
        GraphResponses.error(ctx, GraphResponses.DEFAULT_VERSION, failure);
    }
}
