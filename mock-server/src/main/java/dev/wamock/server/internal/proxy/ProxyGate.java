package dev.wamock.server.internal.proxy;

import dev.wamock.server.internal.graph.GraphResponses;
import dev.wamock.server.internal.graph.TraceIds;
import dev.wamock.server.internal.jetty.MountedServer;
import dev.wamock.server.internal.jetty.SharedJetty;
import java.nio.ByteBuffer;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler of the {@link SharedJetty}: on the HTTP port of a server in proxy mode it answers what a forward
 * proxy gets before the routes could see it ({@link ProxyRule}): {@code CONNECT graph.facebook.com:443} is tunnelled
 * ({@link GraphTunnels}), a request for any other host is refused with a Graph-shaped 502 (never journaled: it never
 * reached the mock). Everything else, and every request of the other servers, goes on to the routes unchanged.
 */
public final class ProxyGate extends Handler.Wrapper {
    private final Function<Connector, MountedServer> mounts;
    private GraphTunnels tunnels;

    /** In front of {@code next}; {@code mounts} gives the server of a connector (null for none). */
    public ProxyGate(Handler next, Function<Connector, MountedServer> mounts) {
        super(next);
        this.mounts = mounts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Connector connector = request.getConnectionMetaData().getConnector();
        MountedServer mount = mounts.apply(connector);
        ProxyRule rule = mount == null ? null : mount.proxyRule(connector);
        if (rule == null) {
            return super.handle(request, response, callback);
        }
        String target = request.getHttpURI().getAuthority();
        if (HttpMethod.CONNECT.is(request.getMethod())) {
            if (rule.tunnels(target)) {
                return tunnels().handle(request, response, callback);
            }
            return refuse(response, callback, target, true);
        }
        if (rule.servesDirectly(Request.getServerName(request), Request.getLocalAddr(request))) {
            return super.handle(request, response, callback);
        }
        return refuse(response, callback, target, false);
    }

    private static boolean refuse(Response response, Callback callback, String target, boolean connect) {
        String traceId = TraceIds.traceId();
        response.setStatus(502);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, GraphResponses.JSON);
        GraphResponses.headers(GraphResponses.DEFAULT_VERSION, traceId, response.getHeaders()::put);
        if (connect) {
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        byte[] body = GraphResponses.errorBody(ProxyRule.refusal(target, connect), traceId);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private synchronized GraphTunnels tunnels() throws Exception {
        if (tunnels == null) {
            GraphTunnels created = new GraphTunnels(mounts);
            created.setServer(getServer());
            created.start(); // a selector on the shared pool; never stopped, like the server
            tunnels = created;
        }
        return tunnels;
    }
}
