package dev.wamock.state.redis.internal;

import java.net.URI;

/**
 * Where the Redis of a store is: {@code redis://[[user]:password@]host[:port][/db]}, or {@code rediss://…} for TLS.
 *
 * @param tls      whether the connection uses TLS ({@code rediss://})
 * @param host     the host name or address
 * @param port     the TCP port (6379 when the URI names none)
 * @param user     the ACL user name, or null for the default user
 * @param password the password, or null for none
 * @param database the database number (0 when the URI names none)
 */
public record RedisTarget(boolean tls, String host, int port, String user, String password, int database) {
    private static final String FORM = "; the form is redis://[:password@]host:port[/db], e.g. redis://127.0.0.1:6379/0";

    /**
     * Reads a store URI.
     *
     * @throws IllegalArgumentException naming the part that is wrong (scheme, host, port, password, database, query)
     */
    public static RedisTarget parse(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw bad("scheme", "must be redis or rediss but was '" + scheme + "'");
        }
        if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw bad("host", "is missing or not a valid host name in '" + redacted(uri) + "'");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw bad("query", "is not supported (found '" + (uri.getRawQuery() != null ? "?" + uri.getRawQuery()
                    : "#" + uri.getRawFragment()) + "'); put the database number in the path: /0");
        }
        int port = uri.getPort() == -1 ? 6379 : uri.getPort();
        if (port < 1 || port > 65_535) {
            throw bad("port", "must be 1 to 65535 but was " + port);
        }
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            int colon = uri.getUserInfo().indexOf(':');
            if (colon < 0) {
                throw bad("password", "must be written ':password@' (a user name alone is not enough)");
            }
            user = colon == 0 ? null : uri.getUserInfo().substring(0, colon);
            password = uri.getUserInfo().substring(colon + 1);
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        return new RedisTarget(scheme.equals("rediss"), host, port, user, password, database(uri.getPath()));
    }

    private static int database(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        String db = path.substring(1);
        if (!db.matches("[0-9]{1,5}")) {
            throw bad("database", "must be a number like /0 but was '" + path + "'");
        }
        return Integer.parseInt(db);
    }

    private static IllegalArgumentException bad(String part, String problem) {
        return new IllegalArgumentException("the state store URI's " + part + " " + problem + FORM);
    }

    private static String redacted(URI uri) {
        String authority = uri.getRawAuthority();
        int at = authority == null ? -1 : authority.lastIndexOf('@');
        return at < 0 ? uri.toString() : uri.toString().replace(authority, "***" + authority.substring(at));
    }

    /** The URI without its password, for the health page and messages: {@code redis://host:port/db}. */
    public String describe() {
        return (tls ? "rediss" : "redis") + "://" + (user == null ? "" : user + "@")
                + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return describe();
    }
}
