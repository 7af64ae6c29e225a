package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.TokenSource;
import dev.wamock.server.internal.errors.ProfileErrors;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.journal.EntryDraft;

/**
 * Finds the client's access token: {@code Authorization: Bearer …} (or Graph's older {@code OAuth …}),
 * else the {@code access_token} query parameter that RestFB and other real clients send.
 */
public final class Tokens {
    private Tokens() {
    }

    /** Finds the token, notes it (redacted) on the entry draft, and fails with the documented 401 unless a
     * token is present (and equal to {@code required}, when set). */
    static String require(Exchange ctx, EntryDraft draft, String required, ProfileErrors errors) {
        String token = fromHeader(ctx.header("Authorization"));
        TokenSource source = TokenSource.HEADER;
        if (token == null) {
            String query = ctx.queryParam("access_token");
            token = query == null || query.isBlank() ? null : query.strip();
            source = TokenSource.QUERY;
        }
        if (token != null) {
            draft.token = redact(token);
            draft.tokenSource = source;
        }
        if (token == null) {
            throw errors.missingToken();
        }
        if (required != null && !required.equals(token)) {
            throw errors.badToken(467, "Invalid OAuth access token - Cannot parse access token");
        }
        return token;
    }

    /** The token of a {@code Bearer} or {@code OAuth} Authorization header, or null. */
    public static String fromHeader(String header) {
        if (header == null) {
            return null;
        }
        String h = header.strip();
        for (String scheme : new String[] {"Bearer ", "OAuth "}) {
            if (h.regionMatches(true, 0, scheme, 0, scheme.length())) {
                String token = h.substring(scheme.length()).strip();
                return token.isEmpty() ? null : token;
            }
        }
        return null;
    }

    /** The token reduced to its last 4 characters, for journals and logs: {@code …k3Zq}. */
    public static String redact(String token) {
        if (token == null) {
            return null;
        }
        return token.length() <= 4 ? "…" : "…" + token.substring(token.length() - 4);
    }
}
