package dev.wamock.server;

import dev.wamock.scenarios.Fixtures;
import java.util.Objects;

/**
 * How a {@link WamockServer} is set up. Immutable; build one with {@link WamockServer#builder()}.
 *
 * @param host          interface to bind; {@code 127.0.0.1} by default, {@code 0.0.0.0} in the image
 * @param port          TCP port; 0 picks a free one
 * @param fixtures      the account numbers the server knows
 * @param requiredToken when set, the only access token accepted; any non-empty token otherwise
 */
public record ServerOptions(String host, int port, Fixtures fixtures, String requiredToken) {

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(fixtures, "fixtures");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535 but was " + port);
        }
        if (requiredToken != null && requiredToken.isBlank()) {
            throw new IllegalArgumentException("requiredToken must not be blank; leave it null to accept any token");
        }
    }

    /** Loopback, a free port, the default fixtures, any token. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 0, Fixtures.defaults(), null);
    }
}
