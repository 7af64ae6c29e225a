package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One attempt of wamock to deliver a webhook to the client's callback URL, as wamock saw it: what it POSTed and how the
 * receiver answered. A delivery the receiver did not take (not a 2xx, or no answer) is tried again with backoff, each
 * try its own record with the same {@code deliveryId} and a higher {@code attempt}.
 *
 * @param seq            1-based position among the attempts of the session since it started or was last reset
 * @param deliveryId     the same for every attempt of one webhook (a duplicate sent by chaos gets its own)
 * @param field          what it carries: {@code statuses} (a sent message's status) or {@code messages} (a user's)
 * @param wamid          the message it is about ({@code statuses}: the sent one; {@code messages}: the inbound one)
 * @param status         {@code sent}, {@code delivered}, {@code read} or {@code failed}; null for {@code messages}
 * @param url            where it was POSTed
 * @param attempt        1 for the first try
 * @param body           the JSON body POSTed, byte for byte what was signed
 * @param signature      the {@code X-Hub-Signature-256} header sent ({@code sha256=<hex>})
 * @param answerStatus   the receiver's HTTP status, or 0 when it gave none (refused, timed out, hung up)
 * @param failure        why there was no answer, or null
 * @param clockNanos     the scenario clock's reading when it was sent
 * @param latencyMicros  from sending to the receiver's answer (or giving up)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookDelivery(
        @JsonProperty("seq") long seq,
        @JsonProperty("deliveryId") String deliveryId,
        @JsonProperty("field") String field,
        @JsonProperty("wamid") String wamid,
        @JsonProperty("status") String status,
        @JsonProperty("url") String url,
        @JsonProperty("attempt") int attempt,
        @JsonProperty("body") String body,
        @JsonProperty("signature") String signature,
        @JsonProperty("answerStatus") int answerStatus,
        @JsonProperty("failure") String failure,
        @JsonProperty("clockNanos") long clockNanos,
        @JsonProperty("latencyMicros") long latencyMicros) {

    /** Checks the parts every attempt has. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public WebhookDelivery {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
    }

    /** This attempt numbered {@code newSeq}, as a session's record numbers it. */
    public WebhookDelivery withSeq(long newSeq) {
        return new WebhookDelivery(newSeq, deliveryId, field, wamid, status, url, attempt, body, signature, answerStatus,
                failure, clockNanos, latencyMicros);
    }

    /** Whether the receiver took it: a 2xx answer. */
    public boolean acknowledged() {
        return answerStatus >= 200 && answerStatus < 300;
    }

    /** One line: {@code #4 statuses delivered wamid.HBg… try 2 → 500}. */
    public String describe() {
        return "#" + seq + " " + field + (status == null ? "" : " " + status) + (wamid == null ? "" : " " + wamid)
                + " try " + attempt + " → " + (answerStatus == 0 ? "no answer (" + failure + ")" : answerStatus);
    }
}
