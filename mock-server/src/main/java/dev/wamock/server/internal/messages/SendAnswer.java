package dev.wamock.server.internal.messages;

import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 200 answers of the messages route: {@code MessageResponsePayload} for a send ({@code messaging_product},
 * {@code contacts: [{input, wa_id}]}, {@code messages: [{id}]}, and {@code message_status: accepted} for a template,
 * as Meta adds it), {@code {"success":true}} for a mark-as-read.
 */
final class SendAnswer {
    private static final byte[] SUCCESS = "{\"success\":true}".getBytes(StandardCharsets.UTF_8);

    private SendAnswer() {
    }

    /** The answer to {@code message}, sent to {@code waId} as {@code wamid}. */
    static byte[] sent(OutgoingMessage message, String waId, String wamid) {
        ObjectNode answer = Mappers.JSON.createObjectNode().put("messaging_product", "whatsapp");
        answer.putArray("contacts").addObject().put("input", message.to()).put("wa_id", waId);
        ObjectNode id = answer.putArray("messages").addObject().put("id", wamid);
        if (message.isTemplate()) {
            id.put("message_status", "accepted");
        }
        return Mappers.JSON.writeValueAsBytes(answer);
    }

    /** The answer to a mark-as-read. */
    static byte[] markedAsRead() {
        return SUCCESS.clone();
    }
}
