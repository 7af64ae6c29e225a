package dev.wamock.server.internal.errors;

import dev.wamock.scenarios.WamockFailure;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.internal.graph.GraphResponses;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.jetty.Routes;
import dev.wamock.server.internal.journal.EntryDraft;
import dev.wamock.server.internal.journal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a failure inside wamock itself: never something a client could take for Graph's own
 * transient 500 (a client that retries 5xx would pass against a wamock bug). Status 500, the header
 * {@value #HEADER} naming the exception, and a JSON body with no Graph {@code error} envelope; the
 * journal entry carries the {@link WamockFailure}, so the JUnit extension fails the test with it.
 */
public final class InternalErrors {
    /** The header every wamock-internal failure carries: the exception's class name. */
    static final String HEADER = "X-Wamock-Internal-Error";
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    private InternalErrors() {
    }

    /** Logs the failure (tokens redacted) and answers it; the entry draft, if any, carries it to the journal. */
    public static void answer(Exchange ctx, Exception e) {
        Redaction redaction = Redaction.of(ctx);
        WamockFailure failure = redaction.failure(WamockFailure.of(e));
        LOG.error("wamock failed on {} {}: {}", ctx.method(), redaction.text(ctx.path()), failure.stackTrace());
        EntryDraft draft = ctx.draft();
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("message", "wamock failed while answering this request: this is a bug in wamock, not an answer "
                + "of Graph's. Please report it with the journal entry (GET /__wamock/journal).");
        what.put("type", failure.type());
        what.put("detail", failure.message());
        if (draft != null) {
            draft.failure = failure;
            draft.error = null;
            what.put("journal_seq", draft.seq());
        }
        byte[] body = Mappers.JSON.writeValueAsBytes(Map.of("wamock_internal_error", what));
        if (draft != null) {
            draft.body = body;
        }
        ctx.header(HEADER, failure.type());
        ctx.status(500);
        ctx.contentType(GraphResponses.JSON);
        ctx.result(body);
    }
}
