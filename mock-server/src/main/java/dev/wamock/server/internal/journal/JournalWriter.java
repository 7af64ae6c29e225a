package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.jetty.Routes;
import dev.wamock.server.internal.state.InFlight;
import dev.wamock.server.internal.state.ServerState;
import dev.wamock.server.internal.state.Sessions;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;

/** Opens an {@link EntryDraft} when a request arrives and turns it into a journal entry once answered. */
public final class JournalWriter {
    /** The most of a response body the journal keeps. */
    static final int MAX_BODY_CHARS = 65_536;

    private final StateStore store;
    private final JournalSink sink;
    private final InFlight inFlight;
    private final Profile profile;

    /** The journal writer of the server whose state is {@code state}. */
    public JournalWriter(ServerState state) {
        this.store = state.store();
        this.sink = state.sink();
        this.inFlight = state.inFlight();
        this.profile = state.options().profile().profile();
    }

    /** Before the routes: opens the request's draft (none for the admin API) and counts it in flight. */
    public void open(Exchange x) {
        if (!x.path().startsWith(Routes.ADMIN_PREFIX)) {
            inFlight.enter();
            // done when the response has gone out (or failed), not when the handlers return: close() waits for it
            x.onComplete(inFlight::leave);
            SessionState session;
            RuntimeException rejected = null;
            try {
                session = Sessions.of(Sessions.idOf(x.sessionFromPath(), x::header, x::queryParam), store);
            } catch (GraphErrorException | StateUnavailableException e) {
                session = store.session(StateStore.DEFAULT_SESSION); // journaled there, with the error it got
                rejected = e;
            }
            x.draft(new EntryDraft(session, session.journal().arrive(), session.clock().nanos()));
            if (rejected != null) {
                throw rejected;
            }
        }
    }

    /** After the routes: turns the draft into the entry and lands it in the session's journal and the file. */
    public void close(Exchange exchange) {
        EntryDraft x = exchange.draft();
        if (x != null) {
            JournalEntry entry = entry(exchange, x);
            if (sink != null) {
                sink.accept(entry);
            }
            x.session.journal().record(x.ticket, entry);
        }
    }

    private JournalEntry entry(Exchange ctx, EntryDraft x) {
        long answered = System.nanoTime();
        Decision d = x.decision;
        boolean stepApplied = d != null && d.stepApplied();
        GraphError error = x.error;
        Redaction redaction = Redaction.of(ctx);
        return JournalEntry.builder().seq(x.seq()).receivedAt(x.receivedAt)
                .receivedNanos(x.receivedNanos).answeredNanos(answered).clockNanos(x.clockNanos)
                .method(ctx.method()).path(redaction.text(ctx.path())).query(redaction.query(ctx.queryString()))
                .headers(redaction.headers(ctx.headerMap())).token(x.token).tokenSource(x.tokenSource)
                .version(x.version).numberId(x.numberId).fields(redaction.fields(x.fields)).profile(profile)
                .scenario(d == null ? null : d.scenario()).step(stepApplied ? d.stepIndex() : null)
                .stepLabel(stepApplied ? d.step().label() : null)
                .stepDescription(stepApplied ? d.step().describe() : null)
                .status(status(ctx, x)).code(error == null ? null : error.code())
                .subcode(error == null ? null : error.subcode()).isTransient(error == null ? null : error.isTransient())
                .latencyMicros((answered - x.receivedNanos) / 1_000).outcome(outcome(x))
                .responseHeaders(responseHeaders(ctx)).responseBody(redaction.text(body(x)))
                .effects(d == null ? List.of() : d.effects()).failure(x.failure).build();
    }

    private static Outcome outcome(EntryDraft x) {
        if (x.failure != null) {
            return Outcome.WAMOCK_ERROR;
        }
        if (x.unanswered) {
            return Outcome.CUT_OFF;
        }
        if (x.hungUp) {
            return Outcome.CLIENT_HUNG_UP;
        }
        return Outcome.of(x.fault);
    }

    /** The status the client got; 0 when a fault sent no response at all. */
    private static int status(Exchange ctx, EntryDraft x) {
        if (x.failure == null && (x.unanswered || x.fault == Fault.RESET || x.fault == Fault.NO_RESPONSE
                || x.fault == Fault.STALL)) {
            return 0;
        }
        return ctx.status();
    }

    private static String body(EntryDraft x) {
        if (x.body == null || x.fault == Fault.RESET || x.fault == Fault.NO_RESPONSE || x.fault == Fault.STALL
                || x.unanswered) {
            return null;
        }
        String text = new String(x.body, StandardCharsets.UTF_8);
        return text.length() <= MAX_BODY_CHARS ? text
                : text.substring(0, MAX_BODY_CHARS) + "…[" + (text.length() - MAX_BODY_CHARS) + " more characters]";
    }

    /** The response's headers by name, in the order first set, a name's values joined with ", ". */
    private static Map<String, String> responseHeaders(Exchange ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : ctx.responseHeaders()) {
            headers.merge(field.getName(), field.getValue(), (first, next) -> first + ", " + next);
        }
        return headers;
    }
}
