package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Contract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Checks of answers against the contract. */
final class GraphBodies {
    static final String ACCOUNT_NUMBER = "WhatsAppAccountNumber";
    static final String GRAPH_ERROR = "GraphAPIError";

    private GraphBodies() {
    }

    /** The body is JSON that {@code components.schemas.<schema>} accepts. */
    static JsonNode assertValid(String schema, Reply reply) {
        assertThat(reply.contentType()).as("content type of %s", reply).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(Contract.get().violations(schema, body)).as("violations of %s by %s", schema, reply).isEmpty();
        return body;
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
