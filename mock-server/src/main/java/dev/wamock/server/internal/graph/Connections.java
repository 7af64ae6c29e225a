package dev.wamock.server.internal.graph;

import dev.wamock.server.internal.jetty.Exchange;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import org.eclipse.jetty.io.EndPoint;

/** Reaches under the servlet API to the connection, for faults that must break it. */
final class Connections {
    private Connections() {
    }

    /** Abortive close: SO_LINGER 0 makes the kernel send RST instead of FIN, every time. */
    static void reset(Exchange ctx) throws IOException {
        EndPoint endPoint = ctx.endPoint();
        if (endPoint.getTransport() instanceof SocketChannel channel) {
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            channel.close();
        }
        endPoint.close();
    }

    /**
     * Whether the client has closed or reset the connection. Reads the socket directly, so it consumes
     * whatever the client sends next: only for connections the server closes after this exchange.
     */
    static boolean clientGone(Exchange ctx) {
        EndPoint endPoint = ctx.endPoint();
        if (!(endPoint.getTransport() instanceof SocketChannel channel)) {
            return !endPoint.isOpen();
        }
        try {
            return channel.read(ByteBuffer.allocate(64)) < 0;
        } catch (IOException reset) {
            return true;
        }
    }

    /** Orderly close (FIN) with whatever was written so far. */
    static void close(Exchange ctx) {
        ctx.endPoint().close();
    }
}
