package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.jetty.Routes;
import dev.wamock.server.internal.journal.EntryDraft;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Writes Graph-shaped answers: JSON bodies, a fresh {@code fbtrace_id} per error, and the headers
 * production sends on every response (real-graph-behaviour.md rows 3, 14, 15).
 */
public final class GraphResponses {
    /** The content type of every answer. */
    public static final String JSON = "application/json; charset=UTF-8";
    /** The version announced when the request's own version is missing or malformed. */
    public static final String DEFAULT_VERSION = "v23.0";
    static final String FB_REV = "1029384756";
    static final String ZERO_USAGE = "{\"call_count\":0,\"total_cputime\":0,\"total_time\":0}";

    /** The headers of {@link #headers(String, String, java.util.function.BiConsumer)} that never change, in order. */
    private static final List<HttpField> FIXED_FIELDS = fixedFields();

    private GraphResponses() {
    }

    /** Sets every Graph header; {@code traceId} goes into {@code x-fb-trace-id}. */
    public static void headers(Context ctx, String version, String traceId) {
        headers(version, traceId, ctx::header);
    }

    /**
     * The endpoint's answer before anything else set a header: the same headers as {@link #headers(Context, String,
     * String)}, appended to Jetty's own header list (the fixed ones pre-encoded) instead of each replacing its name.
     */
    private static void freshHeaders(Context ctx, String version, String traceId) {
        HttpFields.Mutable fields = ServletContextResponse.getServletContextResponse(ctx.res()).getHeaders();
        fields.add("x-fb-trace-id", traceId);
        fields.add("x-fb-request-id", TraceIds.requestId());
        fields.add(FIXED_FIELDS.get(0));
        fields.add("facebook-api-version", version);
        for (int i = 1; i < FIXED_FIELDS.size(); i++) {
            fields.add(FIXED_FIELDS.get(i));
        }
    }

    /** The Graph headers of every response, given to {@code sink} as name and value. */
    public static void headers(String version, String traceId, java.util.function.BiConsumer<String, String> sink) {
        sink.accept("x-fb-trace-id", traceId);
        sink.accept("x-fb-request-id", TraceIds.requestId());
        sink.accept("x-fb-rev", FB_REV);
        sink.accept("facebook-api-version", version);
        sink.accept("x-app-usage", ZERO_USAGE);
        sink.accept("Cache-Control", "private, no-cache, no-store, must-revalidate");
        sink.accept("Expires", "Sat, 01 Jan 2000 00:00:00 GMT");
        sink.accept("Pragma", "no-cache");
        sink.accept("Access-Control-Allow-Origin", "*");
    }

    private static List<HttpField> fixedFields() {
        List<HttpField> fixed = new java.util.ArrayList<>();
        headers("", "", (name, value) -> {
            if (!name.startsWith("x-fb-trace") && !name.startsWith("x-fb-request") && !name.equals("facebook-api-version")) {
                fixed.add(new PreEncodedHttpField(name, value));
            }
        });
        return List.copyOf(fixed);
    }

    /** Answers 200 with {@code body} (already JSON). */
    public static void ok(Context ctx, String version, byte[] body) {
        freshHeaders(ctx, version, TraceIds.traceId());
        EntryDraft draft = EntryDraft.of(ctx);
        if (draft != null) {
            draft.body = body;
        }
        ctx.status(200).result(body); // Javalin gives it the default type, JSON (Routes)
    }

    /** Answers with a Graph error envelope and a fresh trace ID. */
    public static void error(Context ctx, String version, GraphErrorException failure) {
        String traceId = TraceIds.traceId();
        headers(ctx, version, traceId);
        if (ctx.path().startsWith(Routes.ADMIN_PREFIX + "/")) {
            ctx.removeHeader("Access-Control-Allow-Origin"); // the endpoint is public; the admin API is no page's to read
        }
        EntryDraft draft = EntryDraft.of(ctx);
        byte[] body = errorBody(failure.error(), traceId);
        if (draft != null) {
            draft.error = failure.error();
            draft.body = body;
        }
        if (failure.httpStatus() == 405) {
            ctx.header("Allow", "GET");
        }
        ctx.status(failure.httpStatus()).contentType(JSON).result(body);
    }

    /** {@code {"error": {...}}} with {@code traceId} stamped in. */
    public static byte[] errorBody(GraphError error, String traceId) {
        return Mappers.JSON.writeValueAsBytes(Map.of("error", error.withTraceId(traceId)));
    }
}
