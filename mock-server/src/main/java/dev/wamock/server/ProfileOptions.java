package dev.wamock.server;

import dev.wamock.scenarios.Profile;
import java.util.Objects;

/**
 * The behaviour profile and its options. Production's HTTP status for rate limits (code 4) and token
 * errors (code 190) is disputed: traces mostly show 400, the documentation says 429 and 401. In
 * {@link Profile#GRAPH_OBSERVED} both default to 400 and can be set to the documented ones.
 *
 * @param profile          documented (default) or graph-observed
 * @param rateLimitStatus  graph-observed HTTP status of rate-limit errors: 400 (default) or 429
 * @param tokenErrorStatus graph-observed HTTP status of token errors: 400 (default) or 401
 */
public record ProfileOptions(Profile profile, int rateLimitStatus, int tokenErrorStatus) {
    public ProfileOptions {
        Objects.requireNonNull(profile, "profile");
        if (rateLimitStatus != 400 && rateLimitStatus != 429) {
            throw new IllegalArgumentException("the rate-limit status must be 400 or 429 but was " + rateLimitStatus);
        }
        if (tokenErrorStatus != 400 && tokenErrorStatus != 401) {
            throw new IllegalArgumentException("the token-error status must be 400 or 401 but was " + tokenErrorStatus);
        }
    }

    public static ProfileOptions of(Profile profile) {
        return new ProfileOptions(profile, 400, 400);
    }

    public static ProfileOptions documented() {
        return of(Profile.DOCUMENTED);
    }

    public boolean observed() {
        return profile == Profile.GRAPH_OBSERVED;
    }
}
