package dev.wamock.server.internal;

import dev.wamock.scenarios.Decision;
import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.JournalEntry;
import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Opens an {@link Exchange} when a request arrives and turns it into a journal entry once answered. */
final class JournalWriter {
    private static final Pattern QUERY_TOKEN = Pattern.compile("(^|&)(access_token=)([^&]*)");
    private static final String[] RESPONSE_HEADERS = {"retry-after", "x-app-usage", "x-business-use-case-usage"};

    private final JournalRecorder recorder;
    private final InFlight inFlight;

    JournalWriter(JournalRecorder recorder, InFlight inFlight) {
        this.recorder = recorder;
        this.inFlight = inFlight;
    }

    void open(Context ctx) {
        if (!ctx.path().startsWith(Routes.ADMIN_PREFIX)) {
            inFlight.enter();
            // done when the response has gone out (or failed), not when the handlers return: close() waits for it
            Request.addCompletionListener(ServletContextRequest.getServletContextRequest(ctx.req()),
                    failure -> inFlight.leave());
            ctx.attribute(Exchange.ATTRIBUTE, new Exchange(recorder.nextTicket()));
        }
    }

    void close(Context ctx) {
        Exchange x = Exchange.of(ctx);
        if (x != null) {
            record(ctx, x);
        }
    }

    private void record(Context ctx, Exchange x) {
        Decision d = x.decision;
        boolean stepApplied = d != null && d.stepApplied();
        GraphError error = x.error;
        recorder.record(x.ticket, new JournalEntry(JournalRecorder.seqOf(x.ticket), x.receivedAt, x.receivedNanos,
                ctx.method().name(), ctx.path(), redactQuery(ctx.queryString()), requestHeaders(ctx), x.token,
                x.tokenSource, x.version, x.numberId, x.fields, d == null ? null : d.scenario(),
                stepApplied ? d.stepIndex() : null, stepApplied ? d.step().describe() : null, status(ctx, x),
                error == null ? null : error.code(), error == null ? null : error.subcode(),
                error == null ? null : error.isTransient(), (System.nanoTime() - x.receivedNanos) / 1_000,
                outcome(x), responseHeaders(ctx),
                d == null ? java.util.List.of() : d.effects()));
    }

    private static String outcome(Exchange x) {
        if (x.unanswered) {
            return Exchange.CUT_OFF;
        }
        if (x.hungUp) {
            return Exchange.HUNG_UP;
        }
        return x.fault == null ? "response" : x.fault.wireName();
    }

    /** The status the client got; 0 when a fault sent no response at all. */
    private static int status(Context ctx, Exchange x) {
        if (x.unanswered || x.fault == dev.wamock.scenarios.Fault.RESET || x.fault == dev.wamock.scenarios.Fault.NO_RESPONSE
                || x.fault == dev.wamock.scenarios.Fault.STALL) {
            return 0;
        }
        return ctx.statusCode();
    }

    private static Map<String, String> requestHeaders(Context ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name,
                name.equalsIgnoreCase("Authorization") ? redactAuthorization(value) : value));
        return headers;
    }

    private static Map<String, String> responseHeaders(Context ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : RESPONSE_HEADERS) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    static String redactAuthorization(String value) {
        int space = value.strip().indexOf(' ');
        if (space < 0) {
            return Tokens.redact(value.strip());
        }
        String v = value.strip();
        return v.substring(0, space + 1) + Tokens.redact(v.substring(space + 1).strip());
    }

    static String redactQuery(String query) {
        if (query == null || !query.contains("access_token=")) {
            return query;
        }
        var m = QUERY_TOKEN.matcher(query);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, m.group(1) + m.group(2) + java.util.regex.Matcher.quoteReplacement(
                    Tokens.redact(m.group(3))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
