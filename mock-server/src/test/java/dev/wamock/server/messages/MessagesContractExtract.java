package dev.wamock.server.messages;

import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes mock-server's {@code messages-openapi.json}: the send operation of Meta's business-messaging OpenAPI (a copy
 * of which is this module's test resource {@value #SOURCE}) with every component it refers to, plus the mark-as-read
 * schemas, which no operation refers to. Run as a program to regenerate it; {@code MessagesContractExtractTest} checks
 * the shipped file is what this writes. The server rewrites the schemas at load (internal.messages.SchemaRewrite).
 */
public final class MessagesContractExtract {
    /** The source, a test resource. */
    public static final String SOURCE = "/meta/meta-business-messaging-openapi-v23.yaml";
    /** Where the extraction is shipped, relative to the module. */
    public static final Path TARGET = Path.of("src/main/resources/dev/wamock/server/messages/messages-openapi.json");
    static final String PATH = "/{Version}/{Phone-Number-ID}/messages";
    private static final String[] EXTRA = {"#/components/schemas/MarkMessageRequestPayload",
        "#/components/schemas/MarkMessageResponsePayload"};

    private MessagesContractExtract() {
    }

    /** Regenerates the shipped file (run from the module's directory). */
    public static void main(String[] args) throws IOException {
        Files.writeString(TARGET, extract());
    }

    /** The extraction as the shipped file holds it. */
    public static String extract() throws IOException {
        byte[] source;
        try (InputStream in = MessagesContractExtract.class.getResourceAsStream(SOURCE)) {
            source = in.readAllBytes();
        }
        JsonNode document = Mappers.strictYaml().readTree(new String(source, StandardCharsets.UTF_8));
        ObjectNode out = Mappers.JSON.createObjectNode();
        out.put("openapi", document.path("openapi").asString());
        ObjectNode info = out.putObject("info");
        info.put("title", "wamock's extraction of POST " + PATH);
        info.put("version", document.path("info").path("version").asString());
        info.put("x-source", "meta-business-messaging-openapi-v23.yaml (Meta's business-messaging OpenAPI, "
                + document.path("info").path("version").asString() + "), sha256 " + sha256(source));
        JsonNode operation = document.path("paths").path(PATH);
        out.putObject("paths").set(PATH, operation);
        ObjectNode components = out.putObject("components");
        for (String ref : closure(document, operation)) {
            String[] parts = ref.substring(2).split("/");
            ObjectNode section = components.has(parts[1]) ? (ObjectNode) components.get(parts[1])
                    : components.putObject(parts[1]);
            section.set(parts[2], document.at(ref.substring(1)));
        }
        return Mappers.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
    }

    /** Every {@code $ref} the operation reaches (and {@link #EXTRA}'s), sorted. */
    private static Set<String> closure(JsonNode document, JsonNode operation) {
        Set<String> seen = new java.util.TreeSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(operation);
        for (String extra : EXTRA) {
            seen.add(extra);
            todo.push(document.at(extra.substring(1)));
        }
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            Set<String> refs = new LinkedHashSet<>();
            node.findValues("$ref").forEach(r -> refs.add(r.asString()));
            for (String ref : refs) {
                if (seen.add(ref)) {
                    todo.push(document.at(ref.substring(1)));
                }
            }
        }
        return seen;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
