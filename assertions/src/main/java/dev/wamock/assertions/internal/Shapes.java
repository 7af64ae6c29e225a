package dev.wamock.assertions.internal;

import dev.wamock.scenarios.AccountField;
import dev.wamock.scenarios.Contract;
import dev.wamock.scenarios.Profile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What makes a body an account number or a Graph error, and the contract facts the checks need. Internal. */
public final class Shapes {
    /** The contract's schema of a 2xx body. */
    public static final String ACCOUNT_NUMBER_SCHEMA = "WhatsAppAccountNumber";
    /** The contract's schema of an error body. */
    public static final String ERROR_SCHEMA = "GraphAPIError";
    private static final Set<String> EXAMPLE_TRACE_IDS = exampleTraceIds();
    private static final java.util.regex.Pattern MISSING_REQUIRED =
            java.util.regex.Pattern.compile("/: required property '(\\w+)' not found");

    private Shapes() {
    }

    /** Whether {@code status} is a 2xx. */
    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** The schema a response of this status must conform to. */
    public static String schemaFor(int status) {
        return schemaFor(status, null);
    }

    /** The schema a response of this status, answered under {@code profile} (null: documented), must conform to. */
    public static String schemaFor(int status, Profile profile) {
        String schema = isSuccess(status) ? ACCOUNT_NUMBER_SCHEMA : ERROR_SCHEMA;
        return profile == Profile.GRAPH_OBSERVED ? "Observed" + schema : schema;
    }

    /**
     * The violations without "required property 'x' not found" for fields the request did not select;
     * {@code selected} null (no {@code ?fields=}) keeps them all.
     */
    public static List<String> allowUnselected(List<String> violations, List<String> selected) {
        if (selected == null) {
            return violations;
        }
        return violations.stream().filter(v -> {
            java.util.regex.Matcher m = MISSING_REQUIRED.matcher(v);
            return !m.matches() || selected.contains(m.group(1));
        }).toList();
    }

    /** Why the answer is not an account number, or null when it is one. */
    public static String notAnAccountNumber(int status, String body) {
        if (!isSuccess(status)) {
            return "the status was " + status;
        }
        return Json.objectOrNull(body) == null ? "the body is not a JSON object" : null;
    }

    /** Why the answer is not a Graph error, or null when it is one. */
    public static String notAGraphError(int status, String body) {
        if (status < 400) {
            return "the status was " + status;
        }
        JsonNode root = Json.objectOrNull(body);
        if (root == null) {
            return "the body is not a JSON object";
        }
        return root.path("error").isObject() ? null : "the body has no \"error\" object";
    }

    /** The fbtrace_id values of the contract's examples: a fresh trace ID is none of them. */
    public static Set<String> exampleTraceIdsOfTheContract() {
        return EXAMPLE_TRACE_IDS;
    }

    /** The wire names, each checked against the contract; an unknown one fails with the valid ones. */
    public static List<String> fieldNames(String... wireNames) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : wireNames) {
            if (AccountField.fromWireName(name).isEmpty()) {
                throw new IllegalArgumentException("unknown account number field '" + name + "'; valid fields: "
                        + AccountField.wireNames());
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static Set<String> exampleTraceIds() {
        Set<String> ids = new LinkedHashSet<>();
        JsonNode responses = Contract.get().operation().path("responses");
        for (JsonNode response : responses.values()) {
            JsonNode id = response.path("content").path("application/json").path("example").path("error").path("fbtrace_id");
            if (id.isString()) {
                ids.add(id.asString());
            }
        }
        return Set.copyOf(ids);
    }
}
