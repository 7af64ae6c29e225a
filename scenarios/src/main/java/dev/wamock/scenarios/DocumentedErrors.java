package dev.wamock.scenarios;

import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.internal.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The documented error catalogue, read from the contract's responses (their examples and their
 * {@code x-wamock-error-name}), so it cannot drift from the specification.
 */
public final class DocumentedErrors {
    /** Extra names users say for a catalogue entry. */
    private static final Map<String, String> ALIASES = Map.of(
            "expired-token", "invalid-token",
            "bad-request", "invalid-parameter",
            "unknown-field", "fields-unavailable");

    private static final Map<String, DocumentedError> BY_NAME = load();

    private DocumentedErrors() {
    }

    /** Every documented error, by ascending HTTP status. */
    public static List<DocumentedError> all() {
        return List.copyOf(BY_NAME.values());
    }

    /**
     * Every name of the endpoint's catalogue, aliases included; {@link #named} also accepts the messages family's
     * names ({@link WhatsAppErrors#names()}).
     */
    public static List<String> names() {
        List<String> names = new ArrayList<>(BY_NAME.keySet());
        names.addAll(ALIASES.keySet().stream().sorted().toList());
        return names;
    }

    /** The entry with this name or alias, or else the {@link WhatsAppErrors} entry of that name, if any. */
    public static Optional<DocumentedError> find(String name) {
        String key = ALIASES.getOrDefault(name, name);
        return Optional.ofNullable(BY_NAME.get(key))
                .or(() -> WhatsAppErrors.find(name).map(WhatsAppError::asDocumented));
    }

    /**
     * The entry with this name or alias, or the {@link WhatsAppErrors} entry of that name (as a step answers it);
     * an unknown name fails with the closest name of both catalogues.
     */
    public static DocumentedError named(String name) {
        return find(name).orElseThrow(() -> unknownName(name));
    }

    /** The failure for a name neither catalogue has: the closest name of both, and every valid one. */
    static IllegalArgumentException unknownName(String name) {
        List<String> valid = new ArrayList<>(names());
        valid.addAll(WhatsAppErrors.names());
        return new IllegalArgumentException("unknown documented error '" + name + "'"
                + Suggestions.didYouMean(name, valid) + "; valid names: " + names()
                + ", WhatsApp's (messages): " + WhatsAppErrors.names());
    }

    /** The entry documented for this HTTP status, if any. */
    public static Optional<DocumentedError> forStatus(int status) {
        return BY_NAME.values().stream().filter(e -> e.status() == status).findFirst();
    }

    private static Map<String, DocumentedError> load() {
        Map<String, DocumentedError> byName = new LinkedHashMap<>();
        JsonNode responses = Contract.get().operationNode().path("responses");
        for (String status : responses.propertyNames()) {
            JsonNode response = responses.path(status);
            JsonNode example = response.path("content").path("application/json").path("example").path("error");
            if (example.isMissingNode()) {
                continue;
            }
            GraphError error = errorOf(example);
            String name = response.path("x-wamock-error-name").asString();
            byName.put(name, new DocumentedError(name, Integer.parseInt(status),
                    response.path("description").asString(), error));
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /**
     * The example's {@code error} object without its trace ID. Read field by field rather than through
     * Jackson's data binding, which would cost a server start tens of milliseconds of introspection.
     */
    private static GraphError errorOf(JsonNode e) {
        Map<String, Object> data = e.has("error_data")
                ? Mappers.JSON.convertValue(e.get("error_data"), new tools.jackson.core.type.TypeReference<Map<String, Object>>() { })
                : null;
        return new GraphError(text(e, "message"), text(e, "type"), e.path("code").asInt(),
                e.hasNonNull("error_subcode") ? e.get("error_subcode").asInt() : null, null,
                e.hasNonNull("is_transient") ? e.get("is_transient").asBoolean() : null,
                text(e, "error_user_title"), text(e, "error_user_msg"), data);
    }

    private static String text(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asString() : null;
    }
}
