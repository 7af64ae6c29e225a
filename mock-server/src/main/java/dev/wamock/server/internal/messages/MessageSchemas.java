package dev.wamock.server.internal.messages;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The send operation's schemas, read on the first send from mock-server's extraction of Meta's business-messaging
 * OpenAPI v23.0 ({@value #RESOURCE}; its {@code info.x-source} names the file and its SHA-256), rewritten by
 * {@link SchemaRewrite} and compiled for JSON Schema draft 2020-12 (networknt json-schema-validator).
 */
final class MessageSchemas {
    static final String RESOURCE = "/dev/wamock/server/messages/messages-openapi.json";
    private static final String URI = "urn:wamock:messages";

    /** One schema per message type ({@link SchemaRewrite#TYPES}), then mark-as-read and the answer. */
    private final Map<String, Schema> byType = new LinkedHashMap<>();
    private final Schema markAsRead;
    private final Schema answer;
    private final JsonNode document;

    private MessageSchemas() {
        JsonNode document = read();
        JsonNode mapping = document.get("components").get("schemas").get("Message").get("discriminator").get("mapping");
        SchemaRewrite.apply((ObjectNode) document.get("components").get("schemas"));
        this.document = document;
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(URI, Mappers.JSON.writeValueAsString(document))));
        for (String type : SchemaRewrite.TYPES) {
            byType.put(type, registry.getSchema(SchemaLocation.of(URI + mapping.get(type).asString())));
        }
        markAsRead = schema(registry, "MarkMessageRequestPayload");
        answer = schema(registry, "MessageResponsePayload");
    }

    private static final class Holder {
        static final MessageSchemas INSTANCE = new MessageSchemas();
    }

    /** The schemas, compiled once. */
    static MessageSchemas get() {
        return Holder.INSTANCE;
    }

    /** The schema of a message of {@code type}, or null when there is no such type. */
    Schema message(String type) {
        return byType.get(type);
    }

    /** {@code MarkMessageRequestPayload}, with the typing indicator. */
    Schema markAsRead() {
        return markAsRead;
    }

    /** {@code MessageResponsePayload}, the answer to a send. */
    Schema answer() {
        return answer;
    }

    /** The rewritten document (the tests walk its schemas). */
    JsonNode document() {
        return document.deepCopy();
    }

    private static Schema schema(SchemaRegistry registry, String name) {
        return registry.getSchema(SchemaLocation.of(URI + "#/components/schemas/" + name));
    }

    private static JsonNode read() {
        try (InputStream in = MessageSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
            }
            return Mappers.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
