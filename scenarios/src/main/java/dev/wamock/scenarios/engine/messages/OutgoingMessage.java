package dev.wamock.scenarios.engine.messages;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A send the messages route found valid, as WhatsApp's rules and the webhooks see it.
 *
 * @param phoneNumberId the business number it is sent from (the path's {@code Phone-Number-ID})
 * @param to            the recipient as the client wrote it ({@code to}: a phone number or a WhatsApp ID)
 * @param type          the message type ({@code text}, {@code template}, {@code image}, …)
 * @param body          the whole request body as sent (already validated against the contract)
 */
public record OutgoingMessage(String phoneNumberId, String to, String type, JsonNode body) {
    /** Checks that every part is given. */
    public OutgoingMessage {
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
    }

    /** Whether it is a template message (the only kind allowed outside the 24-hour window). */
    public boolean isTemplate() {
        return "template".equals(type);
    }

    /** The template's name, or null when it is not a template message. */
    public String templateName() {
        JsonNode name = body.path("template").path("name");
        return isTemplate() && name.isString() ? name.asString() : null;
    }
}
