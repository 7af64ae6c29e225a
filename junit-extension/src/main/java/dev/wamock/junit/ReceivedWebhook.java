package dev.wamock.junit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One webhook POST the {@link WamockWebhooks} receiver got, and how it answered.
 *
 * @param seq            1-based position among the receiver's deliveries
 * @param body           the body, byte for byte
 * @param headers        the request headers (first value of each); see {@link #header}
 * @param json           the body parsed, or null when it is not JSON
 * @param signatureValid whether {@code X-Hub-Signature-256} is the HMAC-SHA256 of the body with the receiver's app secret
 * @param answerStatus   the status the receiver answered (200, or a scripted failure)
 */
public record ReceivedWebhook(long seq, byte[] body, Map<String, String> headers, JsonNode json, boolean signatureValid,
                              int answerStatus) {

    /** Copies the headers. */
    public ReceivedWebhook {
        body = Objects.requireNonNull(body, "body").clone();
        headers = Map.copyOf(headers);
    }

    /** The body, byte for byte (a copy). */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A header by case-insensitive name, or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** The {@code X-Hub-Signature-256} header sent, or null. */
    public String signature() {
        return header("X-Hub-Signature-256");
    }

    /** A status of a sent message, from {@code entry[].changes[].value.statuses[]}. */
    public record Status(String id, String status, String recipientId, JsonNode json) {
    }

    /** The statuses this delivery carries, in order (empty for a {@code messages} webhook). */
    public List<Status> statuses() {
        List<Status> out = new ArrayList<>();
        values("statuses").forEach(s -> out.add(new Status(text(s, "id"), text(s, "status"), text(s, "recipient_id"), s)));
        return out;
    }

    /** The inbound messages this delivery carries ({@code entry[].changes[].value.messages[]}), in order. */
    public List<JsonNode> messages() {
        return values("messages");
    }

    /** One line: {@code #2 statuses delivered wamid.HBg… (signature ok) → 200}. */
    public String describe() {
        StringBuilder what = new StringBuilder();
        statuses().forEach(s -> what.append(" status ").append(s.status()).append(' ').append(s.id()));
        messages().forEach(m -> what.append(" message ").append(text(m, "id")).append(" from ").append(text(m, "from")));
        return "#" + seq + (json == null ? " not JSON" : what.length() == 0 ? " (no statuses or messages)" : what)
                + (signatureValid ? " (signature ok)" : signature() == null ? " (unsigned)" : " (BAD signature)")
                + " → " + answerStatus;
    }

    private List<JsonNode> values(String field) {
        List<JsonNode> out = new ArrayList<>();
        if (json != null) {
            json.path("entry").forEach(e -> e.path("changes").forEach(c -> c.path("value").path(field).forEach(out::add)));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isString() ? v.asString() : null;
    }
}
