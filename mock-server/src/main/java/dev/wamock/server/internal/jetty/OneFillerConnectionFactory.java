package dev.wamock.server.internal.jetty;

import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Jetty's HTTP/1.1 connections, each reading and parsing on one thread at a time: a second {@code onFillable()} of a
 * connection waits until the first has returned.
 *
 * <p>Jetty 12.1 (12.1.12 to 12.1.14, the newest served) may run two at once, and then two connections share one
 * pooled buffer (reliability bug 19, docs/reliability.md). A request whose head Jetty's parser rejects (two
 * {@code Content-Length}s, a negative one, a header line without a colon) has its error answered by
 * {@code badMessage} on another thread (a reserved one) while the thread that parsed it goes on; the answer's end
 * resumes the connection on a third thread ({@code resume()}), whose {@code onFillable()} then reads the request
 * buffer the first one is releasing. One of them releases it after the other: the buffer goes back to the pool
 * twice, so two later connections get it at once, and one client's bytes become another's request. Normal clients
 * beside malformed ones were answered 400 {@code Illegal character SPACE} and 431 {@code Request Header Fields Too
 * Large} (their neighbours' errors), or not at all. One filler at a time closes that window: the resumed call finds
 * the buffer released and the parser closed, and ends the connection.
 */
public final class OneFillerConnectionFactory extends HttpConnectionFactory {

    /** For connectors with the settings {@code http}. */
    public OneFillerConnectionFactory(HttpConfiguration http) {
        super(http);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new OneFiller(getHttpConfiguration(), connector, endPoint);
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    /** Jetty's connection with its {@code onFillable()} behind a lock (re-entrant: Jetty may call it from itself). */
    static final class OneFiller extends HttpConnection {
        private final ReentrantLock filling = new ReentrantLock();

        OneFiller(HttpConfiguration http, Connector connector, EndPoint endPoint) {
            super(http, connector, endPoint);
        }

        @Override
        public void onFillable() {
            filling.lock();
            try {
                super.onFillable();
            } finally {
                filling.unlock();
            }
        }
    }
}
