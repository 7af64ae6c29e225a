package dev.wamock.server.internal.admin;

import dev.wamock.scenarios.GraphError;
import dev.wamock.server.ServerOptions;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.jetty.Routes;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps web pages and the network away from a server's admin API. In this order: a request from a page
 * of another origin ({@code Origin} not same-origin on an allowed host) is refused (403), so is a
 * {@code Host} that is not loopback, the bound address or an allowed host (DNS rebinding; 403); a CORS
 * preflight that passed is answered by {@link #answerPreflight}; health and the CA certificate need nothing more
 * (both are public), nor do the dashboard's files ({@link UiRoutes}: a page shell without data, which asks for the
 * token itself); then the admin token, compared in
 * constant time (401); then a write (POST, PUT, DELETE, PATCH) must carry {@code Content-Type:
 * application/json}, or without a body {@code X-Wamock-Admin: 1} (415): both make a browser ask first.
 */
final class AdminGuard {
    static final String ADMIN_HEADER = "X-Wamock-Admin";
    private static final String HEALTH = Routes.ADMIN_PREFIX + "/health";
    /** The HTTPS listener's CA certificate: public, so open like health (no token, any Host). */
    static final String CA_PEM = Routes.ADMIN_PREFIX + "/ca.pem";
    private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final AdminHosts hosts;
    private final byte[] tokenDigest;

    AdminGuard(ServerOptions options) {
        this.hosts = new AdminHosts(options.host(), options.adminAllowedHosts());
        this.tokenDigest = options.adminToken() == null ? null : sha256("Bearer " + options.adminToken());
    }

    void check(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !sameOriginOnAllowedHost(origin, ctx)) {
            throw forbidden("requests from web pages of another origin are refused (Origin '" + origin
                    + "'); the admin API answers pages served by this server on a loopback or allowed host, and clients"
                    + " that send no Origin (curl, test code)");
        }
        boolean health = ctx.path().equals(HEALTH) || ctx.path().equals(CA_PEM);
        if (!health && !hosts.allowsHost(ctx.req().getServerName(), ctx.req().getLocalAddr())) {
            throw forbidden("Host '" + ctx.header("Host") + "' may not call the admin API (a guard against DNS"
                    + " rebinding); allowed: " + hosts.describe() + ". Call it by one of those, or allow the name with"
                    + " --admin-allowed-hosts NAME (WAMOCK_ADMIN_ALLOWED_HOSTS; '*' allows any)");
        }
        if (isPreflight(ctx) || health || (READS.contains(ctx.method()) && UiRoutes.isPage(ctx.path()))) {
            return;
        }
        String authorization = ctx.header("Authorization");
        if (tokenDigest != null
                && (authorization == null || !MessageDigest.isEqual(tokenDigest, sha256(authorization.strip())))) {
            throw new GraphErrorException(401, GraphError.of("wamock admin: this admin API needs the admin token as "
                    + "'Authorization: Bearer <admin token>' (set by --admin-token / WAMOCK_ADMIN_TOKEN)",
                    "OAuthException", 190));
        }
        if (!READS.contains(ctx.method()) && !isJson(ctx.header("Content-Type"))
                && !("1".equals(ctx.header(ADMIN_HEADER)) && ctx.bodyAsBytes().length == 0)) {
            throw new GraphErrorException(415, GraphError.of("wamock admin: an admin write (" + ctx.method() + " " + ctx.path()
                    + ") must carry 'Content-Type: application/json' (or, without a body, '" + ADMIN_HEADER + ": 1') so"
                    + " that no web page can send it without a CORS preflight; found Content-Type '"
                    + ctx.header("Content-Type") + "'. Add -H 'Content-Type: application/json'",
                    "OAuthException", 100));
        }
    }

    static boolean isPreflight(Context ctx) {
        return ctx.method() == HandlerType.OPTIONS && ctx.header("Origin") != null
                && ctx.header("Access-Control-Request-Method") != null;
    }

    /** A preflight that {@link #check} let through: the page is this server's own, on an allowed host. */
    static void answerPreflight(Context ctx) {
        ctx.status(204)
                .header("Access-Control-Allow-Origin", ctx.header("Origin"))
                .header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
                .header("Access-Control-Allow-Headers", "Authorization, Content-Type, " + ADMIN_HEADER)
                .header("Vary", "Origin");
    }

    /** {@code Origin} names the scheme, host and port the request was sent to, on a host allowed not only by {@code *}. */
    private boolean sameOriginOnAllowedHost(String origin, Context ctx) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (java.net.URISyntaxException e) {
            return false; // "null" (a sandboxed page, a file), or garbage
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !scheme.equals(ctx.req().getScheme())) {
            return false;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String local = ctx.req().getLocalAddr();
        return AdminHosts.normalize(uri.getHost()).equals(AdminHosts.normalize(ctx.req().getServerName()))
                && port == ctx.req().getServerPort() && hosts.allowsOrigin(uri.getHost(), local);
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static GraphErrorException forbidden(String message) {
        return new GraphErrorException(403, GraphError.of("wamock admin: " + message, "OAuthException", 10));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
