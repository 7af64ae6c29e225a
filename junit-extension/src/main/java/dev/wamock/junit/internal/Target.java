package dev.wamock.junit.internal;

import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;

/**
 * What a test's handle drives, kept in the extension store, which closes it when its test (or class) ends: a server
 * of the test's own, then stopped, or a session of a running server, then dropped.
 */
final class Target implements AutoCloseable {
    private final WamockControl control;
    private final Runnable end;

    private Target(WamockControl control, Runnable end) {
        this.control = control;
        this.end = end;
    }

    /** A server started for the test (or class), stopped at the end. */
    static Target ownServer(WamockServer server) {
        return new Target(server, server::close);
    }

    /** A server started for the test (or class), {@code restore} run and the server stopped at the end. */
    static Target ownServer(WamockServer server, Runnable restore) {
        return new Target(server, () -> {
            try {
                restore.run();
            } finally {
                server.close();
            }
        });
    }

    /** A session of a running server, {@code drop} run at the end. */
    static Target session(WamockControl session, Runnable drop) {
        return new Target(session, drop);
    }

    WamockControl control() {
        return control;
    }

    @Override
    public void close() {
        end.run();
    }
}
