package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.jetty.Routes;
import dev.wamock.server.internal.journal.EntryDraft;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpField;
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

    private static final HttpField FB_REV_HEADER = new PreEncodedHttpField("x-fb-rev", FB_REV);
    /** The headers that follow {@code facebook-api-version}, whose values never change: encoded once. */
    private static final List<HttpField> CLOSING_HEADERS = List.of(
            new PreEncodedHttpField("x-app-usage", ZERO_USAGE),
            new PreEncodedHttpField("Cache-Control", "private, no-cache, no-store, must-revalidate"),
            new PreEncodedHttpField("Expires", "Sat, 01 Jan 2000 00:00:00 GMT"),
            new PreEncodedHttpField("Pragma", "no-cache"),
            new PreEncodedHttpField("Access-Control-Allow-Origin", "*"));
    /** Every header of {@link #headers(String, String, Consumer)} whose value never changes. */
    public static final List<HttpField> FIXED_HEADERS = Stream.concat(Stream.of(FB_REV_HEADER), CLOSING_HEADERS.stream())
            .toList();

    private GraphResponses() {
    }

    /** Sets every Graph header; {@code traceId} goes into {@code x-fb-trace-id}. */
    public static void headers(Exchange ctx, String version, String traceId) {
        headers(version, traceId, header -> ctx.header(header.getName(), header.getValue()));
    }

    /** The Graph headers of every response, in order, given to {@code sink}; the fixed ones pre-encoded. */
    public static void headers(String version, String traceId, Consumer<HttpField> sink) {
        sink.accept(new HttpField("x-fb-trace-id", traceId));
        sink.accept(new HttpField("x-fb-request-id", TraceIds.requestId()));
        sink.accept(FB_REV_HEADER);
        sink.accept(new HttpField("facebook-api-version", version));
        CLOSING_HEADERS.forEach(sink);
    }

    /** Answers 200 with {@code body} (already JSON). */
    public static void ok(Exchange ctx, String version, byte[] body) {
        // nothing set a header yet: appended to Jetty's list, not each replacing its name through the servlet API
        headers(version, TraceIds.traceId(), ctx.responseHeaders()::add);
        EntryDraft draft = ctx.draft();
        if (draft != null) {
            draft.body = body;
        }
        ctx.status(200);
        ctx.result(body); // with the default type, JSON (Routes, CoreExchange)
    }

    /** Answers with a Graph error envelope and a fresh trace ID. */
    public static void error(Exchange ctx, String version, GraphErrorException failure) {
        String traceId = TraceIds.traceId();
        headers(ctx, version, traceId);
        if (ctx.path().startsWith(Routes.ADMIN_PREFIX + "/")) {
            ctx.removeHeader("Access-Control-Allow-Origin"); // the endpoint is public; the admin API is no page's to read
        }
        EntryDraft draft = ctx.draft();
        byte[] body = errorBody(failure.error(), traceId);
        if (draft != null) {
            draft.error = failure.error();
            draft.body = body;
        }
        if (failure.httpStatus() == 405 && !ctx.responseHeaders().contains("Allow")) {
            ctx.header("Allow", "GET"); // the endpoint's; the send edge set its own (POST)
        }
        ctx.status(failure.httpStatus());
        ctx.contentType(JSON);
        ctx.result(body);
    }

    /** {@code {"error": {...}}} with {@code traceId} stamped in. */
    public static byte[] errorBody(GraphError error, String traceId) {
        return Mappers.JSON.writeValueAsBytes(Map.of("error", error.withTraceId(traceId)));
    }
}
