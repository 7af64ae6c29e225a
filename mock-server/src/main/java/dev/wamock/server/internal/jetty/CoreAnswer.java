package dev.wamock.server.internal.jetty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * The answer side of a {@link CoreExchange}: its content type as the servlet response spells it, and its body as
 * Javalin writes a result (or a streamed answer) into the servlet's output, so an answer served straight from Jetty
 * has the bytes it had through the servlet and Javalin.
 */
final class CoreAnswer {
    /** Javalin's default type ({@code application/json; charset=UTF-8}) as the servlet response spells it. */
    private static final PreEncodedHttpField JSON = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE,
            "application/json;charset=utf-8");

    /** The types the endpoint sets, spelled as the servlet response spells them ({@code type;charset=lower-case}). */
    private static final Map<String, PreEncodedHttpField> SPELLED = Map.of(
            "application/json; charset=UTF-8", JSON,
            "text/html; charset=utf-8", new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8"),
            "text/plain; charset=utf-8", new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8"));

    private final Request request;
    private final Response response;
    private byte[] result;
    private OutputStream output;

    /** The answer to {@code request}, with Javalin's default content type set first, as the servlet sets it. */
    CoreAnswer(Request request, Response response) {
        this.request = request;
        this.response = response;
        response.getHeaders().add(JSON);
    }

    /** Sets the content type as the servlet would send it, unless the answer is committed. */
    void contentType(String type) {
        if (!response.isCommitted()) {
            response.getHeaders().put(servletSpelling(type));
        }
    }

    /** {@code type} as the servlet response would send it: {@code text/html;charset=utf-8}. */
    static HttpField servletSpelling(String type) {
        HttpField known = SPELLED.get(type);
        if (known != null) {
            return known;
        }
        int semicolon = type.indexOf(';');
        String charset = MimeTypes.getCharsetFromContentType(type);
        String bare = semicolon < 0 ? type.strip() : type.substring(0, semicolon).strip();
        return new HttpField(HttpHeader.CONTENT_TYPE, charset == null ? bare : bare + ";charset=" + charset.toLowerCase(java.util.Locale.ROOT));
    }

    /** The body to send when the request's handling ends ({@link #finish}). */
    void result(byte[] body) {
        this.result = body;
    }

    /** A stream straight to the client, for an answer written as it goes (chaos effects). */
    OutputStream output() {
        if (output == null) {
            output = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    Content.Sink.write(response, false, ByteBuffer.wrap(b, off, len));
                }
            };
        }
        return output;
    }

    /**
     * Sends what is left of the answer and completes {@code callback}: the result as Javalin copies it into the servlet's
     * output (pieces of {@code copyBytes}; a piece up to the connector's aggregation size is held and sent with the end,
     * a larger one at once, so an answer of more than that size goes chunked), or the end of a streamed answer.
     */
    void finish(Callback callback, int copyBytes) {
        try {
            byte[] body = result;
            if (body == null || output != null) {
                if (body != null) {
                    output.write(body);
                }
                response.write(true, BufferUtil.EMPTY_BUFFER, callback);
                return;
            }
            int aggregation = request.getConnectionMetaData().getHttpConfiguration().getOutputAggregationSize();
            int from = 0;
            while (body.length - from > 0) {
                int piece = Math.min(copyBytes, body.length - from);
                if (piece <= aggregation && from + piece == body.length) {
                    break; // held, then sent with the end
                }
                Content.Sink.write(response, false, ByteBuffer.wrap(body, from, piece));
                from += piece;
            }
            response.write(true, from == body.length ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(body, from, body.length - from), callback);
        } catch (Throwable failure) {
            callback.failed(failure);
        }
    }
}
