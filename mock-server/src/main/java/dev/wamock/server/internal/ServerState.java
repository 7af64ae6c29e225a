package dev.wamock.server.internal;

import dev.wamock.server.ServerOptions;

/** Everything a running server's handlers share. */
public final class ServerState {
    private final ServerOptions options;

    public ServerState(ServerOptions options) {
        this.options = options;
    }

    public ServerOptions options() {
        return options;
    }
}
