package dev.wamock.scenarios;

import dev.wamock.scenarios.WhatsAppError.Delivery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * WhatsApp's error codes for sends, by name: the errors {@link dev.wamock.scenarios.engine.messages.WhatsAppRules}
 * gives and a scenario step can answer ({@code {"error": "pair-rate-limit"}}). Texts, statuses and sources are
 * listed in docs/fidelity.md; the names differ from those of {@link DocumentedErrors}.
 */
public final class WhatsAppErrors {
    /** Meta's error-codes page for the Cloud API. */
    public static final String META_ERROR_CODES =
            "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes";
    private static final String META_WEBHOOK_ERRORS = "https://developers.facebook.com/documentation/business-messaging"
            + "/whatsapp/webhooks/reference/messages/errors";

    private static final Map<String, WhatsAppError> BY_NAME = index(List.of(
            new WhatsAppError("throughput-limit", 130429, 400, Delivery.REFUSED, "Rate limit hit",
                    "Message failed to send because there were too many messages sent from this phone number in a"
                            + " short period of time", META_WEBHOOK_ERRORS, true),
            new WhatsAppError("pair-rate-limit", 131056, 400, Delivery.REFUSED,
                    "(Business Account, Consumer Account) pair rate limit hit",
                    "Message failed to send because there were too many messages sent from this phone number to the"
                            + " same phone number in a short period of time",
                    "https://learn.turn.io/l/en/article/ik2v3vgiif-why-am-i-seeing-error-code-131056", false),
            new WhatsAppError("re-engagement", 131047, 400, Delivery.FAILED_STATUS, "Re-engagement message",
                    "Message failed to send because more than 24 hours have passed since the customer last replied"
                            + " to this number.",
                    "https://docs.sprinthub.com/en/topics/settings/account-settings/whatsapp-api/official-whatsapp-api-errors/re-engagement-message",
                    false),
            new WhatsAppError("undeliverable", 131026, 400, Delivery.FAILED_STATUS, "Message Undeliverable",
                    "Unable to deliver message. Reasons can include: the recipient phone number is not a WhatsApp"
                            + " phone number; the recipient has not accepted the new Terms of Service and Privacy"
                            + " Policy; the recipient uses an old WhatsApp version.",
                    "https://docs.bualpro.com/whatsapp-error-message-undeliverable", false),
            new WhatsAppError("spam-rate-limit", 131048, 400, Delivery.FAILED_STATUS, "Spam rate limit hit",
                    "Message failed to send because there are restrictions on how many messages can be sent from this"
                            + " phone number. This may be because too many previous messages were blocked or flagged"
                            + " as spam.", "https://niswey.com/knowledge-base/error-codes-meta", false),
            new WhatsAppError("marketing-limit", 131049, 400, Delivery.FAILED_STATUS,
                    "This message was not delivered to maintain healthy ecosystem engagement.",
                    "In order to maintain healthy ecosystem engagement, the message failed to be delivered.",
                    "https://help.manychat.com/hc/en-us/articles/15580879039388-Why-WhatsApp-messages-are-sometimes-not-delivered",
                    false),
            new WhatsAppError("template-param-count", 132000, 400, Delivery.REFUSED,
                    "Number of parameters does not match the expected number of params",
                    "The number of variable parameter values included in the request did not match the number of"
                            + " variable parameters defined in the template.",
                    "https://dualhook.com/docs/whatsapp-error-132000", false),
            new WhatsAppError("template-not-found", 132001, 404, Delivery.REFUSED,
                    "Template name does not exist in the translation",
                    "The template does not exist in the specified language or the template has not been approved.",
                    META_ERROR_CODES, true),
            new WhatsAppError("template-text-too-long", 132005, 400, Delivery.REFUSED, "Translated text too long",
                    "Translated text is too long.",
                    META_ERROR_CODES, true),
            new WhatsAppError("template-policy-violated", 132007, 400, Delivery.REFUSED,
                    "Template Format Character Policy Violated", "Template content violates a WhatsApp policy.",
                    META_ERROR_CODES, true),
            new WhatsAppError("template-param-format", 132012, 400, Delivery.REFUSED,
                    "Parameter format does not match format in the created template",
                    "Variable parameter values formatted incorrectly.",
                    META_ERROR_CODES, true),
            new WhatsAppError("template-paused", 132015, 400, Delivery.REFUSED, "Template is paused",
                    "Template is paused due to low quality so it cannot be sent in a template message.",
                    "https://heltar.com/blogs/understanding-whatsapp-api-error-132015-template-is-paused-cm5fdzwy8000wkg77nbib14aq",
                    false),
            new WhatsAppError("template-disabled", 132016, 400, Delivery.REFUSED, "Template is disabled",
                    "Template has been paused too many times due to low quality and is now permanently disabled.",
                    META_ERROR_CODES, true)));

    private WhatsAppErrors() {
    }

    /** Every entry, in catalogue order (throughput and pair limits, delivery failures, templates). */
    public static List<WhatsAppError> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** Every name {@link #named} accepts. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** The entry with this name, if any. */
    public static Optional<WhatsAppError> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The entry with this name; an unknown name fails with the closest name of both catalogues. */
    public static WhatsAppError named(String name) {
        return find(name).orElseThrow(() -> DocumentedErrors.unknownName(name));
    }

    /** The entry with this Graph error code, if any. */
    public static Optional<WhatsAppError> forCode(int code) {
        return BY_NAME.values().stream().filter(e -> e.code() == code).findFirst();
    }

    private static Map<String, WhatsAppError> index(List<WhatsAppError> entries) {
        Map<String, WhatsAppError> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(e.name(), e));
        return java.util.Collections.unmodifiableMap(byName);
    }
}
