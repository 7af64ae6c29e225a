package dev.wamock.server.testing;

import dev.wamock.scenarios.engine.state.SessionClock;
import dev.wamock.server.WamockServer;

/**
 * The readings of a server's clock that a test of the server itself checks (manual or not, its nanos, its delay
 * scale, the admin API's state): {@link WamockServer#clock()} hands users only the {@link dev.wamock.scenarios.WamockClock}
 * they drive; in-process, it is the default session's {@link SessionClock}.
 */
public final class ServerClock {
    private ServerClock() {
    }

    /** The default session's clock of {@code server}, with its readings. */
    public static SessionClock of(WamockServer server) {
        return (SessionClock) server.clock();
    }
}
