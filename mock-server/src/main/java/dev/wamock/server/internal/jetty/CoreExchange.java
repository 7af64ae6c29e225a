package dev.wamock.server.internal.jetty;

import io.javalin.http.servlet.JavalinServletContextKt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * An {@link Exchange} served straight from Jetty's core {@link Request} and {@link Response} ({@link EndpointHandler}),
 * answering as the servlet and Javalin would: the default content type set first, as a servlet spells it; a query
 * parsed by Javalin's own parser; a body written as Javalin writes it into the servlet's output ({@link #finish}).
 */
final class CoreExchange extends Exchange {
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
    private final String path;
    private final String sessionFromPath;
    private final String version;
    private final String id;
    private Map<String, List<String>> query;
    private byte[] result;
    private OutputStream output;

    CoreExchange(Request request, Response response, EndpointPath target) {
        this.request = request;
        this.response = response;
        this.path = target.path();
        this.sessionFromPath = target.session();
        this.version = target.version();
        this.id = target.id();
        response.getHeaders().add(JSON);
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String pathParam(String name) {
        return switch (name) {
            case "version" -> version;
            case "id" -> id;
            default -> throw new IllegalArgumentException("no path parameter " + name);
        };
    }

    @Override
    public String queryString() {
        return request.getHttpURI().getQuery();
    }

    @Override
    public String queryParam(String name) {
        List<String> values = query().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public List<String> queryParams(String name) {
        List<String> values = query().get(name);
        return values == null ? List.of() : values;
    }

    /** Javalin's own parsing of the query (EndpointHandler leaves a request with a Content-Type, and so a charset, to Javalin). */
    private Map<String, List<String>> query() {
        if (query == null) {
            String raw = queryString();
            query = raw == null || raw.isEmpty() ? Map.of()
                    : JavalinServletContextKt.splitKeyValueStringAndGroupByKey(raw, "UTF-8");
        }
        return query;
    }

    @Override
    public String header(String name) {
        return request.getHeaders().get(name);
    }

    @Override
    public Map<String, String> headerMap() {
        // what the servlet's getHeaderNames() and getHeader(name) give, without their sets: each name (in any case)
        // once, as it first came, with its first value
        HttpFields fields = request.getHeaders();
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            HttpField field = fields.getField(i);
            if (!namedBefore(fields, i, field.getName())) {
                headers.put(field.getName(), field.getValue());
            }
        }
        return headers;
    }

    private static boolean namedBefore(HttpFields fields, int index, String name) {
        for (int i = 0; i < index; i++) {
            if (fields.getField(i).getName().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String sessionFromPath() {
        return sessionFromPath;
    }

    @Override
    public String scheme() {
        return request.getHttpURI().getScheme();
    }

    @Override
    public String serverName() {
        return Request.getServerName(request);
    }

    @Override
    public int localPort() {
        return Request.getLocalPort(request);
    }





    @Override
    public int status() {
        return response.getStatus();
    }

    @Override
    public void status(int status) {
        if (!response.isCommitted()) {
            response.setStatus(status);
        }
    }

    @Override
    public void header(String name, String value) {
        if (!response.isCommitted()) {
            response.getHeaders().put(name, value);
        }
    }

    @Override
    public void removeHeader(String name) {
        if (!response.isCommitted()) {
            response.getHeaders().remove(name);
        }
    }

    @Override
    public void contentType(String type) {
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

    @Override
    public void contentLength(int length) {
        if (!response.isCommitted()) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
        }
    }

    @Override
    public HttpFields.Mutable responseHeaders() {
        return response.getHeaders();
    }

    @Override
    public void result(byte[] body) {
        this.result = body;
    }

    @Override
    public OutputStream output() {
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

    @Override
    public EndPoint endPoint() {
        return request.getConnectionMetaData().getConnection().getEndPoint();
    }

    @Override
    public void onComplete(Runnable done) {
        Request.addCompletionListener(request, failure -> done.run());
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
