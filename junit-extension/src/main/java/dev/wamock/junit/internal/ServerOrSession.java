package dev.wamock.junit.internal;

import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;

/**
 * What a test's handle drives, kept in the extension store, which closes it when its test (or class) ends: a server
 * of the test's own, then stopped, or a session of a running server, then dropped.
 */
final class ServerOrSession implements AutoCloseable {
    private final WamockControl control;
    private final Runnable end;

    private ServerOrSession(WamockControl control, Runnable end) {
        this.control = control;
        this.end = end;
    }

    /** A server started for the test (or class), stopped at the end. */
    static ServerOrSession ownServer(WamockServer server) {
        return new ServerOrSession(server, server::close);
    }

    /** A server started for the test (or class), {@code restore} run and the server stopped at the end. */
    static ServerOrSession ownServer(WamockServer server, Runnable restore) {
        return new ServerOrSession(server, () -> {
            try {
                restore.run();
            } finally {
                server.close();
            }
        });
    }

    /** A session of a running server, {@code drop} run at the end. */
    static ServerOrSession session(WamockControl session, Runnable drop) {
        return new ServerOrSession(session, drop);
    }

    WamockControl control() {
        return control;
    }

    @Override
    public void close() {
        end.run();
    }
}
