package dev.wamock.assertions.internal;

import dev.wamock.scenarios.AccountField;
import dev.wamock.scenarios.Contract;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What the checks read from the contract besides the schemas: the valid field names, the trace IDs of its examples,
 * and which schema violations an answer to {@code ?fields=} may have. Internal.
 */
public final class ContractFacts {
    private static final Set<String> EXAMPLE_TRACE_IDS = exampleTraceIds();
    private static final Pattern MISSING_REQUIRED = Pattern.compile("/: required property '(\\w+)' not found");

    private ContractFacts() {
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

    /** The fbtrace_id values of the contract's examples: a fresh trace ID is none of them. */
    public static Set<String> exampleTraceIdsOfTheContract() {
        return EXAMPLE_TRACE_IDS;
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
            Matcher m = MISSING_REQUIRED.matcher(v);
            return !m.matches() || selected.contains(m.group(1));
        }).toList();
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
