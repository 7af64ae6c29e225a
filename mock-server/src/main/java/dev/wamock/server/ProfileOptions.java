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
    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException for a rate-limit status other than 400 or 429, or a token-error status other
     * than 400 or 401
     */
    public ProfileOptions {
        Objects.requireNonNull(profile, "profile");
        if (rateLimitStatus != 400 && rateLimitStatus != 429) {
            throw new IllegalArgumentException("the rate-limit status must be 400 or 429 but was " + rateLimitStatus);
        }
        if (tokenErrorStatus != 400 && tokenErrorStatus != 401) {
            throw new IllegalArgumentException("the token-error status must be 400 or 401 but was " + tokenErrorStatus);
        }
    }

    /** {@code profile} with the default statuses (400 for rate limits and token errors under graph-observed). */
    public static ProfileOptions of(Profile profile) {
        return new ProfileOptions(profile, 400, 400);
    }

    /** The default: {@link Profile#DOCUMENTED}. */
    public static ProfileOptions documented() {
        return of(Profile.DOCUMENTED);
    }

    /** Whether the profile is {@link Profile#GRAPH_OBSERVED}. */
    public boolean observed() {
        return profile == Profile.GRAPH_OBSERVED;
    }
}
