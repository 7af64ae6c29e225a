package dev.wamock.scenarios.engine.messages;

import dev.wamock.scenarios.MessageTemplate;
import dev.wamock.scenarios.WhatsAppErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A template send checked against the business's templates: the template must exist in the language and be
 * approved (132001), not paused (132015) or disabled (132016); its body parameters must be as many as the template's
 * (132000), of a body parameter type with its value (132012), free of new-lines, tabs and runs of more than four
 * spaces (132007, wamock's choice of trigger), and at most 1 024 characters together (132005). Immutable.
 */
final class TemplateRules {
    /** Meta's limit on a template body's characters. */
    static final int BODY_LIMIT = 1024;
    private static final Set<String> BODY_TYPES = Set.of("text", "currency", "date_time");
    private static final Pattern BAD_FORMAT = Pattern.compile("[\\n\\t]| {5,}");

    private final List<MessageTemplate> templates;

    TemplateRules(List<MessageTemplate> templates) {
        this.templates = List.copyOf(templates);
    }

    /** The template of this send, checked; an error verdict, or empty with the template when it may go. */
    Result check(JsonNode body) {
        JsonNode template = body.path("template");
        String name = template.path("name").asString("");
        String language = template.path("language").path("code").asString("");
        if (templates.isEmpty()) { // no templates declared: any name goes, its parameters' form still checked
            return checkParameters(bodyParameters(template), null);
        }
        Optional<MessageTemplate> found = templates.stream()
                .filter(t -> t.name().equals(name) && t.language().equals(language)).findFirst();
        if (found.isEmpty()) {
            return refused("template-not-found", "template name (" + name + ") does not exist in " + language);
        }
        MessageTemplate t = found.get();
        switch (t.status()) {
            case PAUSED:
                return refused("template-paused", null);
            case DISABLED:
                return refused("template-disabled", null);
            case PENDING:
            case REJECTED:
                return refused("template-not-found", "template name (" + name + ") is " + t.status()
                        + " in " + language + ", not APPROVED");
            default:
                break;
        }
        List<JsonNode> params = bodyParameters(template);
        if (params.size() != t.bodyParameters()) {
            return refused("template-param-count", "body: number of localizable_params (" + params.size()
                    + ") does not match the expected number of params (" + t.bodyParameters() + ")");
        }
        return checkParameters(params, t);
    }

    /** The form of the body parameters (type, new lines, length) of a send of {@code t} (null: undeclared). */
    private static Result checkParameters(List<JsonNode> params, MessageTemplate t) {
        int length = 0;
        for (int i = 0; i < params.size(); i++) {
            JsonNode p = params.get(i);
            String type = p.path("type").asString("");
            if (!BODY_TYPES.contains(type) || !p.has(type) || ("text".equals(type) && !p.get(type).isString())) {
                return refused("template-param-format", "body parameter " + (i + 1) + " has type '" + type
                        + "' without its value; a body parameter is text, currency or date_time with that field");
            }
            if ("text".equals(type)) {
                String text = p.get("text").asString();
                if (BAD_FORMAT.matcher(text).find()) {
                    return refused("template-policy-violated", "body parameter " + (i + 1)
                            + ": Param text cannot have new-line/tab characters or more than 4 consecutive spaces");
                }
                length += text.length();
            }
        }
        if (length > BODY_LIMIT) {
            return refused("template-text-too-long", "body parameters have " + length + " characters; the body"
                    + " allows " + BODY_LIMIT);
        }
        return new Result(null, t);
    }

    private static List<JsonNode> bodyParameters(JsonNode template) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode component : template.path("components")) {
            if ("body".equalsIgnoreCase(component.path("type").asString(""))) {
                component.path("parameters").forEach(out::add);
            }
        }
        return out;
    }

    private static Result refused(String name, String details) {
        var error = WhatsAppErrors.named(name);
        return new Result(WhatsAppRules.verdict(error, details != null ? details : error.details()), null);
    }

    /** A refusal, or the template the send names. */
    record Result(SendVerdict refusal, MessageTemplate template) {
    }
}
