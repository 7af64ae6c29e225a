package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.engine.JacksonAnnotations;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON for the assertions: lenient parsing of bodies and journal dumps. Internal. */
public final class Json {
    static {
        JacksonAnnotations.require();
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    /** The parsed document, or null when {@code text} is not JSON. */
    public static JsonNode parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The body's JSON object, or null when the body is not a JSON object. */
    public static JsonNode objectOrNull(String text) {
        JsonNode node = parseOrNull(text);
        return node != null && node.isObject() ? node : null;
    }

    /** A journal as the admin API ({@code GET /__wamock/journal}) or Jackson writes it. */
    public static Journal journal(String json) {
        try {
            Journal journal = MAPPER.readValue(json, Journal.class);
            if (journal == null) {
                throw new IllegalArgumentException("a journal dump must be a JSON object like "
                        + "{\"total\": 1, \"dropped\": 0, \"entries\": [...]} but was empty");
            }
            return journal;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a journal dump (expected {\"total\": …, \"dropped\": …, "
                    + "\"entries\": [...]} as GET /__wamock/journal returns): " + e.getOriginalMessage(), e);
        }
    }

    /** {@code value} as JSON text: strings quoted, enums by name, booleans and numbers bare. */
    public static String write(Object value) {
        Object v = value instanceof Enum<?> e ? e.name() : value;
        return MAPPER.writeValueAsString(v);
    }
}
