package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Contract;
import dev.wamock.server.testing.Reply;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Checks of answers against the contract. */
final class GraphBodies {
    static final String ACCOUNT_NUMBER = "WhatsAppAccountNumber";
    static final String GRAPH_ERROR = "GraphAPIError";

    private static final Pattern MISSING_REQUIRED = Pattern.compile("/: required property '(\\w+)' not found");

    private GraphBodies() {
    }

    /** The body is JSON that {@code components.schemas.<schema>} accepts. */
    static JsonNode assertValid(String schema, Reply reply) {
        assertThat(reply.contentType()).as("content type of %s", reply).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(Contract.get().violations(schema, body)).as("violations of %s by %s", schema, reply).isEmpty();
        return body;
    }

    /**
     * The body of a {@code ?fields=} answer is valid against {@code WhatsAppAccountNumber} except that
     * a required property the request did not select may be absent (the contract's {@code required}
     * describes the default answer; a selection returns only what it names, plus {@code id}).
     */
    static JsonNode assertValidSelection(Reply reply, List<String> selected) {
        assertThat(reply.contentType()).as("content type of %s", reply).startsWith("application/json");
        JsonNode body = reply.json();
        List<String> violations = Contract.get().violations(ACCOUNT_NUMBER, body).stream()
                .filter(v -> !unselectedRequired(v, selected))
                .toList();
        assertThat(violations).as("violations of %s (fields=%s) by %s", ACCOUNT_NUMBER, selected, reply).isEmpty();
        return body;
    }

    private static boolean unselectedRequired(String violation, List<String> selected) {
        Matcher m = MISSING_REQUIRED.matcher(violation);
        return m.matches() && !selected.contains(m.group(1));
    }

    /** The documented example {@code error} object for a status, without its {@code fbtrace_id}. */
    static ObjectNode documentedError(int status) {
        JsonNode example = Contract.get().operation().path("responses").path(String.valueOf(status))
                .path("content").path("application/json").path("example").path("error");
        assertThat(example.isObject()).as("the contract documents an example for %s", status).isTrue();
        ObjectNode copy = (ObjectNode) example.deepCopy();
        copy.remove("fbtrace_id");
        return copy;
    }

    /** The {@code error} object of a reply without its {@code fbtrace_id}. */
    static ObjectNode withoutTraceId(Reply reply) {
        ObjectNode copy = (ObjectNode) reply.error().deepCopy();
        copy.remove("fbtrace_id");
        return copy;
    }
}
