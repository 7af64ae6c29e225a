package dev.wamock.server.internal.errors;

import dev.wamock.server.internal.graph.GraphResponses;
import dev.wamock.server.internal.graph.TraceIds;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (bad URI, header too large, invalid encoding, …) as Graph-shaped JSON instead
 * of Jetty's HTML page. Installed on the server and on the servlet context. Jetty 12.1 answers its parser's
 * rejections (header too large, bad request line) through {@link #generateResponse} too; the
 * {@code badMessageError} hook of 12.0 is deprecated for removal and no longer called.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private static final HttpField CONTENT_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, GraphResponses.JSON);

    /** Every method gets the Graph-shaped body, not only GET and POST (Jetty's default). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String traceId = TraceIds.traceId();
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(CONTENT_TYPE);
        GraphResponses.headers(GraphResponses.DEFAULT_VERSION, traceId, headers::put);
        byte[] body = GraphResponses.errorBody(ProfileErrors.protocol(code, message), traceId);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
