package dev.wamock.assertions;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.WebhookDelivery;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * Journaled sends, {@code POST /v23.0/{@value #PHONE_NUMBER_ID}/messages}, with bodies from the examples of Meta's
 * business-messaging OpenAPI (v23, {@code sendMessage}; the recipient placeholder filled in), at 10 ms apart.
 */
final class Sends {
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String ALICE = "16505551234";
    static final String BOB = "16505550000";
    /** The wamid of the first message sent ({@link #accepted} answers {@code wamid.<seq>}). */
    static final String SENT = "wamid.1";
    static final String INBOUND = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUYzMjEzNDM2RTZGQ0MzMDJBRgA=";

    private Sends() {
    }

    /** "Send Text Message". */
    static String text(String to) {
        return """
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"text",
                 "text":{"preview_url":false,"body":"text-message-content"}}""".formatted(to);
    }

    /** "Send Test Message": the hello_world template. */
    static String helloWorld(String to) {
        return """
                {"messaging_product":"whatsapp","to":"%s","type":"template",
                 "template":{"name":"hello_world","language":{"code":"en_US"}}}""".formatted(to);
    }

    /** "Send Reply to Text Message", to {@link #INBOUND}. */
    static String reply(String to) {
        return """
                {"context":{"message_id":"%s"},"messaging_product":"whatsapp","recipient_type":"individual",
                 "text":{"body":"<TEXT_MSG_CONTENT>","preview_url":false},"to":"%s","type":"text"}"""
                .formatted(INBOUND, to);
    }

    /** "Send Reply with Reaction Message", to {@link #INBOUND}. */
    static String reaction(String to) {
        return """
                {"messaging_product":"whatsapp","reaction":{"emoji":"😀","message_id":"%s"},
                 "recipient_type":"individual","to":"%s","type":"reaction"}""".formatted(INBOUND, to);
    }

    /** "Send typing indicator and read receipt": not a sent message. */
    static String readReceipt() {
        return """
                {"message_id":"%s","messaging_product":"whatsapp","status":"read","typing_indicator":{"type":"text"}}"""
                .formatted(INBOUND);
    }

    /** Request {@code #seq} with {@code body}, answered 200 with the message ID {@code wamid.<seq>}. */
    static JournalEntry accepted(long seq, String body) {
        String to = dev.wamock.assertions.internal.Json.objectOrNull(body).path("to").asString("");
        return entry(seq, body, 200, null, """
                {"messaging_product":"whatsapp","contacts":[{"input":"%s","wa_id":"%s"}],"messages":[{"id":"wamid.%d"}]}"""
                .formatted(to, to, seq));
    }

    /** Request {@code #seq} with {@code body}, refused with code 131056 (the pair rate limit). */
    static JournalEntry refused(long seq, String body) {
        return entry(seq, body, 400, 131056, """
                {"error":{"message":"(#131056) (Business Account, Consumer Account) pair rate limit hit","type":"OAuthException","code":131056}}""");
    }

    /** Attempt {@code seq} of delivery {@code id}: a status of {@link #SENT}, answered {@code answer} (0: none) in {@code ms}. */
    static WebhookDelivery status(long seq, String id, String status, int attempt, int answer, long ms) {
        return new WebhookDelivery(seq, id, "statuses", SENT, status, "http://127.0.0.1:1/hooks", attempt, "{}",
                "sha256=00", answer, answer == 0 ? "timed out" : null, seq * 1_000_000L, ms * 1_000);
    }

    /** An inbound message ({@link #INBOUND}) delivered as {@code id}, answered 200. */
    static WebhookDelivery inbound(long seq, String id) {
        return new WebhookDelivery(seq, id, "messages", INBOUND, null, "http://127.0.0.1:1/hooks", 1, "{}", "sha256=00",
                200, null, seq * 1_000_000L, 1_000);
    }

    static Journal journal(JournalEntry... entries) {
        return new Journal(entries.length, 0, Arrays.asList(entries));
    }

    private static JournalEntry entry(long seq, String body, int status, Integer code, String answer) {
        long nanos = 7_000_000_000L + seq * 10_000_000L;
        return JournalEntry.builder().seq(seq).receivedAt(Instant.parse("2026-01-01T10:00:00Z").plusMillis(seq * 10))
                .receivedNanos(nanos).answeredNanos(nanos + 2_000_000).clockNanos(nanos).method("POST")
                .path("/v23.0/" + PHONE_NUMBER_ID + "/messages").headers(Map.of("Authorization", "Bearer …1234"))
                .requestBody(body).token("…1234").version("v23.0").numberId(PHONE_NUMBER_ID).status(status).code(code)
                .latencyMicros(2_000).responseBody(answer).build();
    }
}
