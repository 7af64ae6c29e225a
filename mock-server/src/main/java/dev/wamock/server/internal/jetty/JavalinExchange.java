package dev.wamock.server.internal.jetty;

import dev.wamock.server.internal.state.Sessions;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/** An {@link Exchange} that Javalin routed: its {@link Context}, one per request ({@link #of}). */
public final class JavalinExchange extends Exchange {
    private static final String ATTRIBUTE = "wamock.exchange";

    private final Context ctx;

    private JavalinExchange(Context ctx) {
        this.ctx = ctx;
    }

    /** The exchange of {@code ctx}'s request, made on first use. */
    public static JavalinExchange of(Context ctx) {
        JavalinExchange x = ctx.attribute(ATTRIBUTE);
        if (x == null) {
            x = new JavalinExchange(ctx);
            ctx.attribute(ATTRIBUTE, x);
        }
        return x;
    }

    @Override
    public String method() {
        return ctx.method().name();
    }

    @Override
    public String path() {
        return ctx.path();
    }

    @Override
    public String pathParam(String name) {
        return ctx.pathParam(name);
    }

    @Override
    public String queryString() {
        return ctx.queryString();
    }

    @Override
    public String queryParam(String name) {
        return ctx.queryParam(name);
    }

    @Override
    public List<String> queryParams(String name) {
        return ctx.queryParams(name);
    }

    @Override
    public String header(String name) {
        return ctx.header(name);
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> visitor) {
        ctx.headerMap().forEach(visitor);
    }

    @Override
    public String sessionFromPath() {
        return (String) ctx.req().getAttribute(Sessions.ATTRIBUTE);
    }

    @Override
    public String scheme() {
        return ctx.req().getScheme();
    }

    @Override
    public String serverName() {
        return ctx.req().getServerName();
    }

    @Override
    public int localPort() {
        return ctx.req().getLocalPort();
    }

    @Override
    public int status() {
        return ctx.statusCode();
    }

    @Override
    public boolean committed() {
        return ctx.res().isCommitted();
    }

    @Override
    public void status(int status) {
        ctx.status(status);
    }

    @Override
    public void header(String name, String value) {
        ctx.header(name, value);
    }

    @Override
    public void removeHeader(String name) {
        ctx.removeHeader(name);
    }

    @Override
    public void contentType(String type) {
        ctx.contentType(type);
    }

    @Override
    public void contentLength(int length) {
        ctx.res().setContentLength(length);
    }

    @Override
    public HttpFields.Mutable responseHeaders() {
        return ServletContextResponse.getServletContextResponse(ctx.res()).getHeaders();
    }

    @Override
    public void result(byte[] body) {
        ctx.result(body);
    }

    @Override
    public OutputStream output() throws IOException {
        return ctx.res().getOutputStream();
    }

    @Override
    public EndPoint endPoint() {
        return jettyRequest().getConnectionMetaData().getConnection().getEndPoint();
    }

    @Override
    public void onComplete(Runnable done) {
        Request.addCompletionListener(jettyRequest(), failure -> done.run());
    }

    private ServletContextRequest jettyRequest() {
        return ServletContextRequest.getServletContextRequest(ctx.req());
    }
}
