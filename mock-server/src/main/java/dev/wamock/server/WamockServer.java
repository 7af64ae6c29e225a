package dev.wamock.server;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.server.internal.Routes;
import dev.wamock.server.internal.ServerState;
import io.javalin.Javalin;
import java.util.Objects;

/**
 * The embeddable mock of {@code GET /{Version}/{WhatsApp-Account-Number-ID}}. Started by
 * {@link Builder#start()}, stopped by {@link #close()}; the CLI, the JUnit extension and the image
 * all run this class.
 *
 * <pre>
 * try (WamockServer server = WamockServer.builder().start()) {
 *     URI uri = URI.create(server.baseUrl() + "/v23.0/106540352242922");
 * }
 * </pre>
 */
public final class WamockServer implements AutoCloseable {
    private final ServerOptions options;
    private final Javalin app;

    private WamockServer(ServerOptions options) {
        this.options = options;
        ServerState state = new ServerState(options);
        this.app = Javalin.create(config -> Routes.configure(config, state));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a server with the defaults: loopback, a free port, the default fixtures. */
    public static WamockServer start() {
        return builder().start();
    }

    /** The port the server listens on (the real one when started on port 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://host:port}, without a trailing slash. */
    public String baseUrl() {
        String host = options.host();
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + shown + ":" + port();
    }

    public ServerOptions options() {
        return options;
    }

    /** Stops the server; idempotent. */
    @Override
    public void close() {
        app.stop();
    }

    /** Builds and starts a {@link WamockServer}. */
    public static final class Builder {
        private ServerOptions options = ServerOptions.defaults();

        private Builder() {
        }

        public Builder host(String host) {
            options = new ServerOptions(host, options.port(), options.fixtures(), options.requiredToken());
            return this;
        }

        public Builder port(int port) {
            options = new ServerOptions(options.host(), port, options.fixtures(), options.requiredToken());
            return this;
        }

        public Builder fixtures(Fixtures fixtures) {
            options = new ServerOptions(options.host(), options.port(), fixtures, options.requiredToken());
            return this;
        }

        /** Accept only this token (any non-empty token is accepted when unset). */
        public Builder requireToken(String token) {
            options = new ServerOptions(options.host(), options.port(), options.fixtures(), token);
            return this;
        }

        public Builder options(ServerOptions newOptions) {
            options = Objects.requireNonNull(newOptions, "options");
            return this;
        }

        /** Starts the server; fails with {@link ServerStartException} when the port cannot be bound. */
        public WamockServer start() {
            WamockServer server = new WamockServer(options);
            try {
                server.app.start();
            } catch (RuntimeException e) {
                server.app.stop();
                throw ServerStartException.of(options, e);
            }
            return server;
        }
    }
}
