package dev.wamock.server;

import dev.wamock.server.internal.https.HttpsSetupException;
import java.net.BindException;

/** The server could not start, most often because its port is taken. */
public final class ServerStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }

    static ServerStartException of(ServerOptions options, Throwable cause) {
        if (cause instanceof dev.wamock.server.internal.https.HttpsSetupException) {
            return new ServerStartException(cause.getMessage(), cause);
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return new ServerStartException("port " + options.port() + " on " + options.host()
                        + " is already in use; stop what uses it or pass another --port (0 picks a free one)", cause);
            }
        }
        return new ServerStartException("wamock could not start on " + options.host() + ":" + options.port()
                + ": " + cause.getMessage(), cause);
    }

    static ServerStartException httpsPortInUse(ServerOptions options, Throwable cause) {
        return new ServerStartException("HTTPS port " + options.https().port() + " on " + options.host()
                + " is already in use; stop what uses it or pass another --https-port (0 picks a free one)", cause);
    }
}
