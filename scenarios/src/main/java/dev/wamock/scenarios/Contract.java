package dev.wamock.scenarios;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.internal.BundledYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI 3.1 document of the endpoint (and of the list edge of a business account's numbers), shipped in
 * this jar: wamock's single source of truth.
 * Enums, default fields, the documented-error catalogue and the JSON Schemas are read from here,
 * each part on first use.
 */
public final class Contract {
    /** Classpath location of the contract. */
    public static final String RESOURCE = "/dev/wamock/contract/openapi.yaml";
    private static final String URI = "urn:wamock:contract";
    private static final Contract INSTANCE = new Contract();

    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private Contract() {
    }

    // Each part is read on first use (holder classes): a server that never validates never loads the
    // schema validator, and one that never serves the YAML text keeps no copy of it.
    private static final class Text {
        static final String YAML = BundledYaml.text(RESOURCE);
    }

    private static final class Parsed {
        static final JsonNode DOCUMENT = BundledYaml.tree(RESOURCE);
    }

    private static final class Validation {
        static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(URI, Mappers.JSON.writeValueAsString(Parsed.DOCUMENT))));
    }

    /** The contract, loaded once. */
    public static Contract get() {
        return INSTANCE;
    }

    /** The document as shipped (YAML text), as {@code GET /__wamock/openapi.yaml} serves it. */
    public String yaml() {
        return Text.YAML;
    }

    /** The parsed document: a copy of its own for each call, so a caller's change reaches no one else. */
    public JsonNode document() {
        return Parsed.DOCUMENT.deepCopy();
    }

    /** The {@code enum} values of a schema under {@code components.schemas}, or of one of its properties. */
    public List<String> enumValues(String schemaName, String... property) {
        JsonNode node = schemaNode(schemaName);
        for (String p : property) {
            node = node.path("properties").path(p);
        }
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(v -> values.add(v.asString()));
        return values;
    }

    /** Property names of a schema under {@code components.schemas}, in document order. */
    public List<String> propertyNames(String schemaName) {
        return List.copyOf(schemaNode(schemaName).path("properties").propertyNames());
    }

    /** The endpoint's operation object (a copy, as {@link #document()}). */
    public JsonNode operation() {
        return operationNode().deepCopy();
    }

    /** The endpoint's operation object itself, for this package's readers; never handed out. */
    JsonNode operationNode() {
        return Parsed.DOCUMENT.path("paths").path("/{Version}/{WhatsApp-Account-Number-ID}").path("get");
    }

    /** The operation object of the list edge, {@code GET /{Version}/{WABA-ID}/phone_numbers} (a copy). */
    public JsonNode listOperation() {
        return listOperationNode().deepCopy();
    }

    private static JsonNode listOperationNode() {
        return Parsed.DOCUMENT.path("paths").path("/{Version}/{WABA-ID}/phone_numbers").path("get");
    }

    /**
     * The schema of the list edge's query parameter {@code name} ({@code limit}, {@code after}, …), a copy; missing when
     * none.
     */
    public JsonNode listParameter(String name) {
        for (JsonNode p : listOperationNode().path("parameters")) {
            if (name.equals(p.path("name").asString()) && "query".equals(p.path("in").asString())) {
                return p.path("schema").deepCopy();
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    /**
     * Validates {@code instance} against {@code components.schemas.<schemaName>}.
     *
     * @return one line per violation, {@code "<json pointer>: <rule broken>"}; empty when valid
     */
    public List<String> violations(String schemaName, JsonNode instance) {
        return violations(schemaName, instance, null);
    }

    /**
     * Like {@link #violations(String, JsonNode)} for an answer to {@code ?fields=}: a required property
     * that the request did not select may be absent (Graph returns only what was asked for); types,
     * enums and unknown properties are still checked.
     *
     * @param selected the wire names the request selected, or null to require every required property
     */
    public List<String> violations(String schemaName, JsonNode instance, java.util.Collection<String> selected) {
        Schema schema = schemas.computeIfAbsent(schemaName, name -> {
            schemaNode(name);
            return Validation.REGISTRY.getSchema(SchemaLocation.of(URI + "#/components/schemas/" + name));
        });
        return schema.validate(instance).stream()
                .filter(e -> selected == null || !"required".equals(e.getKeyword()) || selected.contains(e.getProperty()))
                .map(e -> pointer(e.getInstanceLocation().toString()) + ": " + e.getMessage())
                .toList();
    }

    private static String pointer(String location) {
        // networknt prints "$.error.code"; JSON pointer is "/error/code"
        String p = location.replaceFirst("^\\$", "").replace('.', '/').replaceAll("\\[(\\d+)]", "/$1");
        return p.isEmpty() ? "/" : p;
    }

    private JsonNode schemaNode(String schemaName) {
        JsonNode node = Parsed.DOCUMENT.path("components").path("schemas").path(schemaName);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("the contract has no schema '" + schemaName + "'; it has "
                    + Parsed.DOCUMENT.path("components").path("schemas").propertyNames());
        }
        return node;
    }
}
