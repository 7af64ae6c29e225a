package dev.wamock.server.internal.messages;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.internal.errors.GraphErrorException;
import java.util.Comparator;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a send's body and checks it against the contract ({@link MessageSchemas}): a JSON object with Content-Type
 * {@code application/json}; a body with {@code status} is a mark-as-read, any other a message of its {@code type}
 * (read from the message object it carries when absent, {@code text} when it carries none). The first violation
 * (by field path, then rule) is answered as Graph's code 100 naming that field ({@link SendErrors}).
 */
final class SendValidation {
    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::field)
            .thenComparing(Violation::rule);

    private SendValidation() {
    }

    /** A valid send: its type ({@code null} for a mark-as-read) and body. */
    record Send(String type, JsonNode body) {
        boolean markAsRead() {
            return type == null;
        }
    }

    /** One rule the body breaks: the field ({@code text.body}, {@code contacts[0].name}) and the keyword. */
    record Violation(String field, String rule, String message, Error error) {
    }

    /** The send {@code body} makes; a 400 code 100 for the first thing wrong with it. */
    static Send check(String contentType, byte[] body) {
        if (contentType == null || !contentType.strip().toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw SendErrors.contentType(contentType);
        }
        if (body == null || body.length == 0) {
            throw SendErrors.emptyBody();
        }
        JsonNode json;
        try {
            json = Mappers.STRICT_JSON.readTree(body);
        } catch (JacksonException e) {
            throw SendErrors.malformed(e.getOriginalMessage());
        }
        if (json == null || json.isMissingNode() || json.isEmpty() && !json.isObject()) {
            throw SendErrors.emptyBody();
        }
        if (!json.isObject()) {
            throw SendErrors.notAnObject(json.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        MessageSchemas schemas = MessageSchemas.get();
        if (json.has("status")) {
            refuse(schemas.markAsRead(), json);
            return new Send(null, json);
        }
        String type = typeOf(json);
        refuse(schemas.message(type), json);
        return new Send(type, json);
    }

    /** The message type: {@code type}, else the one type whose object the body carries, else {@code text}. */
    static String typeOf(JsonNode json) {
        JsonNode type = json.get("type");
        if (type == null || type.isNull()) {
            return SchemaRewrite.TYPES.stream().filter(json::has).findFirst().orElse("text");
        }
        if (!type.isString()) {
            throw SendErrors.invalid("Param type must be a string.", "type: expected a string, found " + type
                    + "; use one of " + SchemaRewrite.TYPES);
        }
        if (!SchemaRewrite.TYPES.contains(type.asString())) {
            throw SendErrors.invalid("Param type must be one of " + SchemaRewrite.TYPES + ".",
                    "type: unknown message type '" + type.asString() + "'; use one of " + SchemaRewrite.TYPES);
        }
        return type.asString();
    }

    /** Throws the error of {@code json}'s first violation of {@code schema}, if any. */
    private static void refuse(Schema schema, JsonNode json) {
        List<Error> errors = schema.validate(json);
        Violation first = errors.stream().map(SendValidation::violation).min(ORDER).orElse(null);
        if (first != null) {
            throw error(first);
        }
    }

    /** The error of {@code v}: Graph's message, and details that state the rule, the value found and the fix. */
    private static GraphErrorException error(Violation v) {
        JsonNode value = v.error().getInstanceNode();
        String found = value == null || v.rule().equals("type") || v.rule().equals("required") ? ""
                : ", found " + abbreviate(value);
        String fix = switch (v.rule()) {
            case "required" -> "add " + v.field();
            case "additionalProperties" -> "remove it: Meta's schema for this object has no such key";
            case "type" -> "send " + types(v.error().getSchemaNode());
            case "oneOf" -> "give exactly one of the forms Meta documents (media: an id or a link)";
            default -> "give a value the contract allows";
        };
        return SendErrors.invalid(v.message(), v.field() + ": " + v.error().getMessage() + found + " (schema rule '"
                + v.rule() + "'); " + fix);
    }

    static Violation violation(Error e) {
        String at = field(e.getInstanceLocation());
        String rule = e.getKeyword() == null ? "" : e.getKeyword();
        String property = e.getProperty();
        return switch (rule) {
            case "required" -> new Violation(join(at, property), rule, "The parameter " + join(at, property)
                    + " is required.", e);
            case "additionalProperties" -> new Violation(join(at, property), rule, "Unexpected key \"" + property
                    + "\" on param \"" + (at.isEmpty() ? "message" : at) + "\".", e);
            case "type" -> new Violation(at, rule, "Param " + at + " must be " + types(e.getSchemaNode()) + ".", e);
            default -> new Violation(at.isEmpty() ? "message" : at, rule, "Invalid parameter " + (at.isEmpty() ? "message" : at)
                    + ".", e);
        };
    }

    /** {@code $.a.b[0].c} as {@code a.b[0].c}; empty for the body itself. */
    static String field(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Number n) {
                out.append('[').append(n).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(element);
            }
        }
        return out.toString();
    }

    /** A schema's {@code type} in words: {@code "string"} is "a string", {@code ["number","string"]} "a number or a string". */
    private static String types(JsonNode type) {
        List<String> words = new java.util.ArrayList<>();
        (type.isArray() ? type : List.of(type)).forEach(t -> words.add(
                (t.asString().matches("[aeiou].*") ? "an " : "a ") + t.asString()));
        return String.join(" or ", words);
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? String.valueOf(name) : parent + "." + name;
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
