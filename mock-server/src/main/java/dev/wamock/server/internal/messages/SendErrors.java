package dev.wamock.server.internal.messages;

import dev.wamock.scenarios.GraphError;
import dev.wamock.server.internal.errors.GraphErrorException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of a send whose body is not one Meta would take: HTTP 400, code 100 ({@code OAuthException}), Graph's
 * {@code (#100) …} message naming the field, and WhatsApp's {@code error_data} whose {@code details} state the rule,
 * the value found and the fix.
 */
final class SendErrors {
    private SendErrors() {
    }

    /** A 400 code 100 with {@code message} (after {@code (#100) }) and {@code details}. */
    static GraphErrorException invalid(String message, String details) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messaging_product", "whatsapp");
        data.put("details", details);
        return new GraphErrorException(400,
                GraphError.of("(#100) " + message, "OAuthException", 100).withErrorData(data));
    }

    /** The body's {@code Content-Type} is not JSON. */
    static GraphErrorException contentType(String found) {
        return invalid("Invalid parameter", "a send's body is JSON: expected Content-Type application/json, found "
                + (found == null ? "none" : "'" + found + "'") + "; send the message as a JSON object with that type");
    }

    /** The request had no body. */
    static GraphErrorException emptyBody() {
        return invalid("The parameter messaging_product is required.", "the request has no body; send the message as "
                + "a JSON object, e.g. {\"messaging_product\":\"whatsapp\",\"to\":\"15550101234\",\"type\":\"text\","
                + "\"text\":{\"body\":\"hi\"}}");
    }

    /** The body is not JSON. */
    static GraphErrorException malformed(String problem) {
        return invalid("Invalid parameter", "the body is not valid JSON (" + problem + "); send one JSON object");
    }

    /** The body is JSON but not an object. */
    static GraphErrorException notAnObject(String found) {
        return invalid("Invalid parameter", "the body is a JSON " + found + ", not an object; send one JSON object");
    }
}
