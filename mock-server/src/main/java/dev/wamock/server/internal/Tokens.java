package dev.wamock.server.internal;

import io.javalin.http.Context;

/**
 * Finds the client's access token: {@code Authorization: Bearer …} (or Graph's older {@code OAuth …}),
 * else the {@code access_token} query parameter that RestFB and other real clients send.
 */
public final class Tokens {
    private Tokens() {
    }

    /** The token the request carries, or {@code null} when it carries none. */
    public static String find(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null) {
            String h = header.strip();
            for (String scheme : new String[] {"Bearer ", "OAuth "}) {
                if (h.regionMatches(true, 0, scheme, 0, scheme.length())) {
                    String token = h.substring(scheme.length()).strip();
                    if (!token.isEmpty()) {
                        return token;
                    }
                }
            }
        }
        String query = ctx.queryParam("access_token");
        return query == null || query.isBlank() ? null : query.strip();
    }

    /** Fails with the documented 401 unless a token is present (and equal to {@code required}, when set). */
    public static String require(Context ctx, String required) {
        String token = find(ctx);
        if (token == null || (required != null && !required.equals(token))) {
            throw Errors.missingToken();
        }
        return token;
    }

    /** The token reduced to its last 4 characters, for journals and logs: {@code …k3Zq}. */
    public static String redact(String token) {
        if (token == null) {
            return null;
        }
        return token.length() <= 4 ? "…" : "…" + token.substring(token.length() - 4);
    }
}
