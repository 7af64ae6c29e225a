package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.AccountNumber;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.engine.Mappers;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bodies wamock POSTs, shaped as the OpenAPI's {@code WebhookPayload}: {@code object}, {@code entry[].id} (the
 * number's WhatsApp Business Account), {@code changes[]} with {@code field: messages} and a {@code value} holding
 * {@code messaging_product}, {@code metadata} and either {@code statuses[]} or {@code contacts[]} + {@code messages[]}.
 */
final class Payloads {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Fixtures fixtures;

    Payloads(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** A fresh message ID, {@code wamid.} and base64 like Meta's. */
    static String freshWamid() {
        byte[] bytes = new byte[27];
        RANDOM.nextBytes(bytes);
        return "wamid." + Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * A {@code statuses} body. {@code sent} and {@code delivered} carry {@code conversation} and {@code pricing}
     * ({@code service} for a free-form message, {@code utility} for a template: wamock does not know its category);
     * {@code failed} carries {@code errors} from {@code failure}: code, title (its user title, else its message without
     * the {@code (#code) } prefix), message (the same without prefix) and {@code error_data.details} (its
     * {@code error_data.details}, else its user message, else its message).
     */
    String status(String phoneNumberId, String wamid, String status, String recipient, long epochSeconds,
                  boolean template, String conversationId, GraphError failure) {
        ObjectNode s = Mappers.JSON.createObjectNode();
        s.put("id", wamid);
        s.put("status", status);
        s.put("timestamp", Long.toString(epochSeconds));
        s.put("recipient_id", recipient);
        String category = template ? "utility" : "service";
        if ("sent".equals(status) || "delivered".equals(status)) {
            ObjectNode conversation = s.putObject("conversation");
            conversation.put("id", conversationId);
            if ("sent".equals(status)) {
                conversation.put("expiration_timestamp", Long.toString(epochSeconds + 24 * 3600));
            }
            conversation.putObject("origin").put("type", category);
            ObjectNode pricing = s.putObject("pricing");
            pricing.put("billable", true);
            pricing.put("pricing_model", "PMP");
            pricing.put("category", category);
        }
        if (failure != null) {
            ObjectNode error = s.putArray("errors").addObject();
            error.put("code", failure.code());
            // a Graph error's message is "(#131026) Message undeliverable"; a status error's title and message are not
            String plain = failure.message().replaceFirst("^\\(#\\d+\\) ", "");
            error.put("title", failure.userTitle() != null ? failure.userTitle() : plain);
            error.put("message", plain);
            error.putObject("error_data").put("details", details(failure));
        }
        ObjectNode value = value(phoneNumberId);
        value.putArray("statuses").add(s);
        return wrap(phoneNumberId, value);
    }

    /** A {@code messages} body: one message of {@code type} from {@code from}, its content under {@code type}. */
    String inbound(String phoneNumberId, String from, String profileName, String wamid, long epochSeconds, String type,
                   ObjectNode content) {
        ObjectNode value = value(phoneNumberId);
        ObjectNode contact = value.putArray("contacts").addObject();
        contact.putObject("profile").put("name", profileName);
        contact.put("wa_id", from);
        ObjectNode message = value.putArray("messages").addObject();
        message.put("from", from);
        message.put("id", wamid);
        message.put("timestamp", Long.toString(epochSeconds));
        message.put("type", type);
        message.set(type, content);
        return wrap(phoneNumberId, value);
    }

    /** A conversation ID: 32 hex digits. */
    static String conversationId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String details(GraphError failure) {
        Object details = failure.errorData() == null ? null : failure.errorData().get("details");
        if (details != null) {
            return details.toString();
        }
        return failure.userMessage() != null ? failure.userMessage() : failure.message();
    }

    private ObjectNode value(String phoneNumberId) {
        ObjectNode value = Mappers.JSON.createObjectNode();
        value.put("messaging_product", "whatsapp");
        ObjectNode metadata = value.putObject("metadata");
        metadata.put("display_phone_number", fixtures.find(phoneNumberId)
                .map(n -> MessagingLimits.digits(n.displayPhoneNumber())).orElse(phoneNumberId));
        metadata.put("phone_number_id", phoneNumberId);
        return value;
    }

    private String wrap(String phoneNumberId, ObjectNode value) {
        ObjectNode root = Mappers.JSON.createObjectNode();
        root.put("object", "whatsapp_business_account");
        ObjectNode entry = root.putArray("entry").addObject();
        entry.put("id", fixtures.find(phoneNumberId).map(AccountNumber::wabaId).orElse(AccountNumber.DEFAULT_WABA_ID));
        ObjectNode change = entry.putArray("changes").addObject();
        change.set("value", value);
        change.put("field", "messages");
        return Mappers.JSON.writeValueAsString(root);
    }
}
