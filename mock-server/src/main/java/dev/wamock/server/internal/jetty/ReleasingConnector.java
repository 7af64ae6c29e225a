package dev.wamock.server.internal.jetty;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A {@link ServerConnector} whose {@link #close()} returns once its port is released. Closing the listening channel
 * while its acceptor thread waits in {@code accept()} only signals that thread: the kernel releases the port when the
 * thread leaves the call. Jetty's stop waits long enough for that as a side effect (it also stops the selector); a
 * wamock server leaves that stop to the pool ({@link SharedJetty#retire}), so its close waits for the acceptor itself,
 * woken by it rather than polling.
 */
final class ReleasingConnector extends ServerConnector {
    /** How long a close waits for an acceptor to leave {@code accept()}; one that takes longer is left to itself. */
    private static final long RELEASE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final AtomicInteger accepting = new AtomicInteger();
    /** The thread in {@link #close()} waiting for the acceptor, if any. */
    private volatile Thread closer;

    ReleasingConnector(Server server, int acceptors, int selectors, ConnectionFactory factory) {
        super(server, null, null, null, acceptors, selectors, factory);
    }

    @Override
    public void accept(int acceptorID) throws IOException {
        accepting.incrementAndGet();
        try {
            super.accept(acceptorID);
        } finally {
            if (accepting.decrementAndGet() == 0) {
                Thread waiting = closer;
                if (waiting != null) {
                    LockSupport.unpark(waiting);
                }
            }
        }
    }

    /** Closes the listening channel and returns once no acceptor is inside {@code accept()}: the port is free. */
    @Override
    public void close() {
        closer = Thread.currentThread(); // set before the channel closes: an acceptor leaving after it sees it
        try {
            super.close();
            long deadline = System.nanoTime() + RELEASE_WAIT_NANOS;
            while (accepting.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || Thread.currentThread().isInterrupted()) {
                    return;
                }
                LockSupport.parkNanos(this, left);
            }
        } finally {
            closer = null;
        }
    }
}
