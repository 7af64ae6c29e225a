package dev.wamock.server.internal.graph;

import dev.wamock.server.internal.errors.ProfileErrors;

/**
 * graph-observed only: a token's prefix says which kind of bad token it plays, so a client can meet
 * every code-190 subcode production sends (real-graph-behaviour.md row 6). Any other token is valid.
 */
final class TokenKinds {
    private static final String[][] KINDS = {
        {"expired", "463", "Error validating access token: Session has expired on Tuesday, 25-Nov-26 04:00:00 PST. "
                + "The current time is Tuesday, 25-Nov-26 05:00:00 PST."},
        {"invalid-session", "492", "Error validating access token: The session is invalid."},
        {"invalid", "467", "Error validating access token: The session is invalid because the user logged out."},
        {"password-changed", "460", "Error validating access token: The session has been invalidated because the user "
                + "changed their password or Facebook has changed the session for security reasons."},
        {"app-not-installed", "458", "Error validating access token: The user has not authorized application."},
        {"checkpoint", "459", "Error validating access token: You cannot access the app till you log in to "
                + "www.facebook.com and follow the instructions given."},
        {"unconfirmed", "464", "Error validating access token: Sessions for the user are not allowed because the user "
                + "is not a confirmed user."},
    };

    private TokenKinds() {
    }

    /** Throws the 190 error this token's kind plays; returns for a valid token. */
    static void check(String token, ProfileErrors errors) {
        for (String[] kind : KINDS) {
            if (token.startsWith(kind[0])) {
                throw errors.badToken(Integer.parseInt(kind[1]), kind[2]);
            }
        }
    }
}
