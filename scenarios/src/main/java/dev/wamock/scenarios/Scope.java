package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whose requests a step's {@code times} counts. {@link #GLOBAL}: all requests together, so "fail 2
 * times" fails exactly 2 requests in total, however many clients run in parallel. {@link #TOKEN} and
 * {@link #NUMBER}: a separate count per access token or per number ID, so each client (or number)
 * sees its own 2 failures.
 */
public enum Scope {
    /** One count for all requests together. */
    @JsonProperty("global") GLOBAL,
    /** A count per access token: each client sees its own count. */
    @JsonProperty("token") TOKEN,
    /** A count per account number ID (per WhatsApp Business Account ID on the phone_numbers list). */
    @JsonProperty("number") NUMBER
}
