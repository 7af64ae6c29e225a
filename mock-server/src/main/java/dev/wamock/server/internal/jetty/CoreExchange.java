package dev.wamock.server.internal.jetty;

import java.io.OutputStream;
import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * An {@link Exchange} served straight from Jetty's core {@link Request} and {@link Response} ({@link EndpointHandler}),
 * answering as the servlet and Javalin would: the query and headers read as Javalin and the servlet read them
 * ({@link CoreRequest}); the answer's type and body as the servlet and Javalin write them ({@link CoreAnswer}).
 */
final class CoreExchange extends Exchange {
    private final Request request;
    private final Response response;
    private final String path;
    private final String sessionFromPath;
    private final String version;
    private final String id;
    private final CoreRequest in;
    private final CoreAnswer answer;

    CoreExchange(Request request, Response response, EndpointPath target, boolean inline) {
        super(inline);
        this.request = request;
        this.response = response;
        this.path = target.path();
        this.sessionFromPath = target.session();
        this.version = target.version();
        this.id = target.id();
        this.in = new CoreRequest(request);
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
        return in.queryString();
    }

    @Override
    public String queryParam(String name) {
        return in.queryParam(name);
    }

    @Override
    public List<String> queryParams(String name) {
        return in.queryParams(name);
    }

    @Override
    public String header(String name) {
        return in.header(name);
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> visitor) {
        in.forEachHeader(visitor);
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
    public boolean committed() {
        return response.isCommitted();
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
