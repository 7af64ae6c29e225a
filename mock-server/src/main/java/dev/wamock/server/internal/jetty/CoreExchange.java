package dev.wamock.server.internal.jetty;

import io.javalin.http.servlet.JavalinServletContextKt;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * An {@link Exchange} served straight from Jetty's core {@link Request} and {@link Response} ({@link EndpointHandler}),
 * answering as the servlet and Javalin would: the default content type set first, as a servlet spells it; a query
 * parsed by Javalin's own parser; the answer's type and body as the servlet and Javalin write them ({@link CoreAnswer}).
 */
final class CoreExchange extends Exchange {
    private final Request request;
    private final Response response;
    private final String path;
    private final String sessionFromPath;
    private final String version;
    private final String id;
    private Map<String, List<String>> query;
    private final CoreAnswer answer;

    CoreExchange(Request request, Response response, EndpointPath target) {
        this.request = request;
        this.response = response;
        this.path = target.path();
        this.sessionFromPath = target.session();
        this.version = target.version();
        this.id = target.id();
        this.answer = new CoreAnswer(request, response);
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
    public void forEachHeader(BiConsumer<String, String> visitor) {
        // what the servlet's getHeaderNames() and getHeader(name) give, without their sets or a map: each name (in any
        // case) once, as it first came, with its first value
        HttpFields fields = request.getHeaders();
        for (int i = 0; i < fields.size(); i++) {
            HttpField field = fields.getField(i);
            if (!namedBefore(fields, i, field.getName())) {
                visitor.accept(field.getName(), field.getValue());
            }
        }
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
        answer.contentType(type);
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
        answer.result(body);
    }

    @Override
    public OutputStream output() {
        return answer.output();
    }

    @Override
    public EndPoint endPoint() {
        return request.getConnectionMetaData().getConnection().getEndPoint();
    }

    @Override
    public void onComplete(Runnable done) {
        Request.addCompletionListener(request, failure -> done.run());
    }

    /** Sends what is left of the answer and completes {@code callback} ({@link CoreAnswer#finish}). */
    void finish(Callback callback, int copyBytes) {
        answer.finish(callback, copyBytes);
    }
}
