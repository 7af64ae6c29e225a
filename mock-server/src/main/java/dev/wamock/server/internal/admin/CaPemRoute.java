package dev.wamock.server.internal.admin;

import dev.wamock.scenarios.GraphError;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.https.HttpsEndpoint;
import dev.wamock.server.internal.state.ServerState;
import io.javalin.http.Context;

/**
 * {@code GET /__wamock/ca.pem}: the certificate a client trusts to reach the HTTPS listener (the per-run CA, or the
 * given chain's root), for a client that cannot read the server's files, e.g. a test beside a container. Public like
 * health: a CA certificate grants nothing. 404 when HTTPS is off.
 */
final class CaPemRoute {
    private CaPemRoute() {
    }

    static void serve(Context ctx, ServerState state) {
        HttpsEndpoint https = state.https();
        if (https == null) {
            throw new GraphErrorException(404, GraphError.of("wamock admin: HTTPS is off on this server, so it has no CA"
                    + " certificate; start it with --https-port N (WAMOCK_HTTPS_PORT) or --proxy", "OAuthException", 100));
        }
        ctx.contentType("application/x-pem-file").result(https.caPem());
    }
}
