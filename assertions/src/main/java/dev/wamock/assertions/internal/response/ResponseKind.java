package dev.wamock.assertions.internal.response;

import dev.wamock.assertions.internal.Json;
import dev.wamock.scenarios.Profile;
import tools.jackson.databind.JsonNode;

/**
 * The two kinds of answer the endpoint gives: account number details (a 2xx) or a Graph error (a 4xx or 5xx), each
 * with its contract schema, the rule that makes a body one, and why a body is not one. Internal.
 */
public enum ResponseKind {
    /** HTTP 2xx with a JSON object body, schema {@code WhatsAppAccountNumber}. */
    ACCOUNT_NUMBER("WhatsAppAccountNumber", "be account number details (HTTP 2xx with a JSON object body)"),
    /** HTTP 4xx/5xx with a body {@code {"error": {…}}}, schema {@code GraphAPIError}. */
    GRAPH_ERROR("GraphAPIError", "be a Graph error (HTTP 4xx/5xx with a body {\"error\": {…}})");

    private final String schema;
    private final String rule;

    ResponseKind(String schema, String rule) {
        this.schema = schema;
        this.rule = rule;
    }

    /** The kind an answer of this status must be: account number details for a 2xx, else a Graph error. */
    public static ResponseKind forStatus(int status) {
        return isSuccess(status) ? ACCOUNT_NUMBER : GRAPH_ERROR;
    }

    /** Whether {@code status} is a 2xx. */
    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** The contract schema a body of this kind, answered under {@code profile} (null: documented), conforms to. */
    public String schema(Profile profile) {
        return profile == Profile.GRAPH_OBSERVED ? "Observed" + schema : schema;
    }

    /** The rule in words, after "to": {@code be a Graph error (…)}. */
    public String rule() {
        return rule;
    }

    /** Why the answer is not of this kind, or null when it is. */
    public String problem(int status, String body) {
        if (this == ACCOUNT_NUMBER ? !isSuccess(status) : status < 400) {
            return "the status was " + status;
        }
        JsonNode root = Json.objectOrNull(body);
        if (root == null) {
            return "the body is not a JSON object";
        }
        return this == GRAPH_ERROR && !root.path("error").isObject() ? "the body has no \"error\" object" : null;
    }
}
