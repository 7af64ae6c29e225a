package dev.wamock.server.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One wamock server inside the {@link SharedJetty}: its own connector, and its own {@link ServerState}
 * that the shared routes act on for the requests of that connector. Start binds the port;
 * {@link #shutdown(java.time.Duration)} refuses new connections; {@link #stop()} closes the port and
 * every connection still open on it.
 */
public final class Mount {
    static {
        JettyProperties.tellJettyTheReferenceSize(); // before any Jetty class: else Jetty boots JMX to ask (~45 ms)
    }

    private final Served served;
    private final SharedJetty jetty;
    private final ServerConnector connector;
    private final Set<Thread> serving = ConcurrentHashMap.newKeySet();
    private boolean started;
    private volatile int port = -1;
    private volatile java.net.InetSocketAddress address;

    private Mount(ServerState state) {
        this.served = new Served(state);
        this.jetty = SharedJetty.get();
        // one acceptor and one selector, both on threads of the shared pool (a selector that accepts could not be
        // told to stop accepting by shutdown())
        this.connector = new ServerConnector(jetty.server(), null, null, null, 1, 1,
                new HttpConnectionFactory(jetty.httpConfiguration()));
        connector.setHost(state.options().host());
        connector.setPort(state.options().port());
    }

    /** A server acting on {@code state}, not listening yet. */
    public static Mount of(ServerState state) {
        return new Mount(state);
    }

    /** Opens the port; throws what Jetty throws when it cannot be bound. */
    public synchronized void start() throws Exception {
        jetty.add(connector, this);
        started = true;
        port = connector.getLocalPort();
        address = (java.net.InetSocketAddress) ((java.nio.channels.ServerSocketChannel) connector.getTransport())
                .getLocalAddress();
    }

    /** The address and port bound, as the socket reports it; null before {@link #start()}. */
    public java.net.InetSocketAddress address() {
        return address;
    }

    /** The bound port (the real one when asked for port 0), also after the server closed. */
    public int port() {
        return port;
    }

    /** Stops accepting connections; the ones open keep being served, and are idle-closed after {@code drain}. */
    public void shutdown(java.time.Duration drain) {
        connector.setShutdownIdleTimeout(drain.toMillis()); // Jetty's 1 s would cut an answer waiting on a delay
        connector.shutdown();
    }

    /** Interrupts the threads still answering this server's requests (a delay or a stall past the drain). */
    public void interruptServing() {
        serving.forEach(Thread::interrupt);
    }

    /** Closes the port and the connections still open on it; idempotent. */
    public synchronized void stop() {
        if (started) {
            started = false;
            jetty.remove(connector);
        }
    }

    void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
        Thread current = Thread.currentThread();
        serving.add(current);
        try {
            ServletRequest request = SessionPaths.strip(req);
            served.bind(request);
            jetty.routes().service(request, res);
        } finally {
            serving.remove(current);
            Thread.interrupted(); // an interrupt meant for this server must not reach the next request on the pool thread
        }
    }
}
