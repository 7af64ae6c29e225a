package dev.wamock.server.internal.jetty;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP connector listening ahead of the server that will take it, so that in a JVM that starts and closes servers
 * one after the other (a test suite with a server per test) a start finds its port bound and its acceptor and
 * selector running: it opens nothing and waits for no thread. Kept only once a server on a free port has closed in
 * this JVM (the JUnit extension's warm-up closes one), for that server's host, and made again on a thread of the
 * shared pool each time such a server closes (with the stop of its connector, before it). Only a server on a free port, with no proxy mode, takes it; the others make
 * their own connector as before. Until taken it is mapped to no server: nobody knows its port, and a request that
 * reaches it anyway is answered as one to a closed server.
 */
final class SpareConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SpareConnector.class);

    private final SharedJetty jetty;
    private final AtomicReference<ServerConnector> ready = new AtomicReference<>();
    private final AtomicBoolean making = new AtomicBoolean();
    /** The host the spare listens on; null until a server on a free port closed. */
    private volatile String host;

    SpareConnector(SharedJetty jetty) {
        this.jetty = jetty;
    }

    /**
     * The spare, started, when there is one for {@code wanted}, else null. The next one is made when the server that
     * takes it closes, not now: made now, it would compete for a core with that server's first requests.
     */
    ServerConnector take(String wanted) {
        return wanted.equals(host) ? ready.getAndSet(null) : null;
    }

    /**
     * A server on a free port of {@code closedHost} closed: servers come and go here, so a spare is wanted. True when
     * the caller is to run {@link #make()}, on a thread of the pool (with the closed server's connector's stop).
     */
    boolean wantFor(String closedHost) {
        if (!closedHost.equals(host)) {
            host = closedHost;
            ServerConnector stale = ready.getAndSet(null);
            if (stale != null) {
                jetty.retire(stale, null);
            }
        }
        return claim();
    }

    /** The port of the spare ready now, or -1; for tests. */
    int readyPort() {
        ServerConnector spare = ready.get();
        return spare == null ? -1 : spare.getLocalPort();
    }

    /** True when no spare is ready and none is being made: the caller is to make one. */
    private boolean claim() {
        return ready.get() == null && making.compareAndSet(false, true);
    }

    /** Makes the spare, after a {@link #claim()}; a failure leaves the next server to make its own connector. */
    void make() {
        String forHost = host;
        boolean made = false;
        try {
            ServerConnector spare = jetty.newConnector(forHost, 0, jetty.httpConfiguration(), 1);
            jetty.start(spare);
            made = true;
            if (!forHost.equals(host) || !ready.compareAndSet(null, spare)) {
                jetty.retire(spare, null);
            }
        } catch (Exception | LinkageError e) {
            LOG.debug("wamock could not make a spare connector on {} (the next server makes its own): {}", forHost,
                    e.toString());
        } finally {
            making.set(false);
        }
        if (made && claim()) {
            make(); // wanted for another host while this one was made
        }
    }
}
