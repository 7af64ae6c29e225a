package dev.wamock.server.internal.proxy;

import dev.wamock.server.internal.jetty.MountedServer;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.function.Function;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ConnectHandler;
import org.eclipse.jetty.util.Promise;

/**
 * Jetty's CONNECT tunnel with one change: whatever host the request names, the tunnel goes to the HTTPS listener of
 * the server whose proxy port it came in on, so it can reach nothing else. {@link ProxyGate} hands it only
 * {@code CONNECT graph.facebook.com:443}; created and started on the first such request of the JVM.
 */
final class GraphTunnels extends ConnectHandler {
    private final Function<Connector, MountedServer> mounts;

    GraphTunnels(Function<Connector, MountedServer> mounts) {
        this.mounts = mounts;
    }

    @Override
    protected void connectToServer(Request request, String host, int port, Promise<SocketChannel> promise) {
        Connector connector = request.getConnectionMetaData().getConnector();
        MountedServer mount = mounts.apply(connector);
        ProxyRule rule = mount == null ? null : mount.proxyRule(connector);
        if (rule == null) {
            promise.failed(new IllegalStateException("no wamock proxy on " + connector + "; it was closed"));
            return;
        }
        InetSocketAddress target = rule.tunnelTarget();
        // an IP literal: InetSocketAddress parses it and looks nothing up
        super.connectToServer(request, target.getAddress().getHostAddress(), target.getPort(), promise);
    }
}
