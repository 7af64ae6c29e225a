package dev.wamock.server.webhooks;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI's {@code WebhookPayload} schema (Meta's business-messaging OpenAPI v23, copied with what it refers to
 * into {@code webhooks/webhook-payload-schemas.json}), as networknt json-schema-validator checks a body against it. One
 * schema is wamock's stand-in: the published {@code IncomingMessage} reuses the send request's schemas, so the
 * OpenAPI's own inbound examples fail it ({@code WebhookSchemaTest} shows it); inbound bodies are also compared with
 * those examples' shape.
 */
final class WebhookSchema {
    private static final String URI = "https://wamock.dev/webhook-payload-schemas.json";
    private static final String TEXT = read();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(URI, TEXT)));
    private static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(URI + "#/components/schemas/WebhookPayload"));

    private WebhookSchema() {
    }

    private static String read() {
        try (InputStream in = WebhookSchema.class.getResourceAsStream("/webhooks/webhook-payload-schemas.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request body examples of the OpenAPI's {@code POST /whatsapp/webhooks}, by name. */
    static Map<String, JsonNode> examples() {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        Mappers.JSON.readTree(TEXT).path("examples").properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Violations of {@code message} (one item of {@code messages[]}) of the OpenAPI's {@code IncomingMessage} as published. */
    static List<String> violationsOfPublishedIncomingMessage(JsonNode message) {
        return REGISTRY.getSchema(SchemaLocation.of(URI + "#/components/schemas/IncomingMessageAsPublished"))
                .validate(message).stream().map(e -> e.getMessage()).toList();
    }

    /** Every JSON pointer to a value in {@code node} (array items as {@code /0}), for comparing shapes. */
    static java.util.Set<String> shape(JsonNode node) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        shape(node, "", out);
        return out;
    }

    private static void shape(JsonNode node, String at, java.util.Set<String> out) {
        out.add(at);
        if (node.isObject()) {
            node.properties().forEach(e -> shape(e.getValue(), at + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                shape(node.get(i), at + "/" + i, out);
            }
        }
    }

    /** One line per violation of {@code body} (JSON text); empty when it is a valid {@code WebhookPayload}. */
    static List<String> violations(String body) {
        return violations(Mappers.JSON.readTree(body));
    }

    /** The same for a parsed body. */
    static List<String> violations(JsonNode body) {
        return SCHEMA.validate(body).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
