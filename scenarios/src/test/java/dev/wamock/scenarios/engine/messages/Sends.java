package dev.wamock.scenarios.engine.messages;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Sends as the messages route hands them to the rules. */
final class Sends {
    static final String NUMBER = "106540352242922";
    static final long SECOND = 1_000_000_000L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Sends() {
    }

    static OutgoingMessage text(String to) {
        ObjectNode body = JSON.createObjectNode().put("messaging_product", "whatsapp").put("to", to).put("type", "text");
        body.putObject("text").put("body", "hi");
        return new OutgoingMessage(NUMBER, to, "text", body);
    }

    /** A template send with these body parameters (text ones). */
    static OutgoingMessage template(String to, String name, String language, String... texts) {
        ObjectNode body = JSON.createObjectNode().put("messaging_product", "whatsapp").put("to", to)
                .put("type", "template");
        ObjectNode template = body.putObject("template").put("name", name);
        template.putObject("language").put("policy", "deterministic").put("code", language);
        if (texts.length > 0) {
            ArrayNode params = template.putArray("components").addObject().put("type", "body").putArray("parameters");
            for (String t : texts) {
                params.addObject().put("type", "text").put("text", t);
            }
        }
        return new OutgoingMessage(NUMBER, to, "template", body);
    }

    static OutgoingMessage helloWorld(String to) {
        return template(to, "hello_world", "en_US");
    }

    static long seconds(double s) {
        return Math.round(s * SECOND);
    }
}
