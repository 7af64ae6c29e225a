package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.scenarios.WebhookDelivery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How values travel through Redis: JSON written with every non-ASCII character escaped, so any text (a lone
 * surrogate included) comes back exactly; tokens only as a SHA-256 prefix.
 */
final class Codec {
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    });

    private Codec() {
    }

    /** A journal entry as JSON. */
    static String write(JournalEntry entry) {
        return JSON.writeValueAsString(entry);
    }

    /** A journal entry from its JSON, numbered {@code seq}. */
    static JournalEntry readEntry(String json, long seq) {
        return JSON.readValue(json, JournalEntry.class).toBuilder().seq(seq).build();
    }

    /** A webhook delivery attempt as JSON. */
    static String write(WebhookDelivery attempt) {
        return JSON.writeValueAsString(attempt);
    }

    /** A webhook delivery attempt from its JSON. */
    static WebhookDelivery readDelivery(String json) {
        return JSON.readValue(json, WebhookDelivery.class);
    }

    /** A scenario as JSON that {@link ScenarioFiles#parse} reads back. */
    static String write(Scenario scenario) {
        return JSON.writeValueAsString(scenario);
    }

    /** A scenario from {@link #write(Scenario)}'s JSON. */
    static Scenario readScenario(String json) {
        return ScenarioFiles.parse("use.json", json).get(0);
    }

    /** A JSON value as JSON ({@code null} for a missing one). */
    static String write(JsonNode node) {
        return node.isMissingNode() ? "null" : JSON.writeValueAsString(node);
    }

    /** A JSON value from its JSON. */
    static JsonNode readTree(String json) {
        return JSON.readTree(json);
    }

    /** A list of strings as a JSON array. */
    static String write(List<String> strings) {
        return JSON.writeValueAsString(strings);
    }

    /** A list of strings from a JSON array. */
    static List<String> readStrings(String json) {
        return JSON.readValue(json, STRINGS);
    }

    /**
     * What a per-token count keys a token by: the first 16 bytes of its SHA-256 in hex, so tokens never reach Redis
     * and two tokens collide with a chance of 2^-128.
     */
    static String tokenKey(String token) {
        MessageDigest sha = SHA256.get();
        byte[] digest = sha.digest(token.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
