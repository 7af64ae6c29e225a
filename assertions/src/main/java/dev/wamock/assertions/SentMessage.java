package dev.wamock.assertions;

import dev.wamock.assertions.internal.Json;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.MessagingLimits;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A message the client sent: a journaled {@code POST /{Version}/{Phone-Number-ID}/messages} whose body is a JSON
 * object with a recipient ({@code to}). A read receipt or typing indicator ({@code "status": "read"}, no {@code to}) is
 * not a sent message.
 *
 * @param entry         the journaled request
 * @param phoneNumberId the sender's phone number ID, from the path
 * @param to            the recipient as the client wrote it ({@code to})
 * @param type          {@code type}, or {@code text} when absent (Graph's default)
 * @param body          the request body
 * @param wamid         the ID the server answered ({@code messages[0].id} of a 200 answer), or null
 */
public record SentMessage(JournalEntry entry, String phoneNumberId, String to, String type, JsonNode body,
                          String wamid) {
    private static final Pattern PATH = Pattern.compile("(?:/sessions/[^/]+)?/[^/]+/([^/]+)/messages/?");

    /** Checks the parts every sent message has. */
    public SentMessage {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
    }

    /** The message {@code entry} sent, or null when it is not a send (another route, no JSON body, a read receipt). */
    public static SentMessage of(JournalEntry entry) {
        if (entry == null || !"POST".equalsIgnoreCase(entry.method()) || entry.path() == null) {
            return null;
        }
        Matcher path = PATH.matcher(entry.path());
        JsonNode body = Json.objectOrNull(entry.requestBody());
        if (!path.matches() || body == null || !body.path("to").isString()) {
            return null;
        }
        String type = body.path("type").isString() ? body.path("type").asString() : "text";
        JsonNode answer = entry.status() == 200 ? Json.parseOrNull(entry.responseBody()) : null;
        String wamid = answer == null ? null : string(answer.path("messages").path(0).path("id"));
        return new SentMessage(entry, path.group(1), body.path("to").asString(), type, body, wamid);
    }

    /** The messages {@code journal} holds, in order. */
    public static List<SentMessage> in(Journal journal) {
        return journal.entries().stream().map(SentMessage::of).filter(Objects::nonNull).toList();
    }

    /** The template's name ({@code template.name}), or null when this is not a template message. */
    public String templateName() {
        return string(body.path("template").path("name"));
    }

    /** The text's body ({@code text.body}), or null when this is not a text message. */
    public String text() {
        return string(body.path("text").path("body"));
    }

    /**
     * The inbound message this one answers: {@code context.message_id} (a reply), or {@code reaction.message_id} (a
     * reaction); null when neither.
     */
    public String inReplyTo() {
        String context = string(body.path("context").path("message_id"));
        return context != null ? context : string(body.path("reaction").path("message_id"));
    }

    /** Whether the recipient is {@code waId}, compared by digits ({@code +1 650-555-1234} is {@code 16505551234}). */
    public boolean isTo(String waId) {
        if (waId == null) {
            return false;
        }
        String digits = MessagingLimits.digits(waId);
        return digits.isEmpty() ? to.equals(waId) : MessagingLimits.digits(to).equals(digits);
    }

    /** One line: {@code #3 template hello_world to 16505551234 → wamid.HBg…} (the request's seq). */
    public String describe() {
        String what = templateName() != null ? type + " " + templateName() : type;
        return "#" + entry.seq() + " " + what + " to " + to + " → "
                + (wamid != null ? wamid : entry.describe().substring(entry.describe().indexOf("→ ") + 2));
    }

    private static String string(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }
}
