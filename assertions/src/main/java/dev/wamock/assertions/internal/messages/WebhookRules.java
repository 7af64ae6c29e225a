package dev.wamock.assertions.internal.messages;

import dev.wamock.assertions.SentMessage;
import dev.wamock.assertions.internal.journal.Timeline;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.WebhookDelivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.error.ErrorMessageFactory;

/** The rules of the deliveries assert: each returns its failure, or null when kept. Internal. */
public final class WebhookRules {
    private WebhookRules() {
    }

    /** Every attempt answered 2xx within {@code max}. */
    public static ErrorMessageFactory acknowledgedWithin(List<WebhookDelivery> all, Duration max) {
        long maxMicros = max.toNanos() / 1_000;
        Map<String, String> violations = new LinkedHashMap<>();
        for (WebhookDelivery d : all) {
            if (!d.acknowledged()) {
                violations.put(d.describe(), d.answerStatus() == 0 ? "no answer (" + d.failure() + ")"
                        : "answered " + d.answerStatus());
            } else if (d.latencyMicros() > maxMicros) {
                violations.put(d.describe(), "answered after " + Timeline.ms(d.latencyMicros() * 1_000));
            }
        }
        return violations.isEmpty() ? null : ShouldHandleWebhooks.of("acknowledge every delivery with a 2xx within "
                + Timeline.ms(max.toNanos()), violations, "answer the webhook POST with 200 at once and do the work "
                + "after it (Meta retries a delivery that is not answered 2xx in time, so a slow or failing endpoint "
                + "gets it again)", all, null);
    }

    /** Every duplicate (same field, wamid and status as an earlier delivery of another ID) was answered 2xx. */
    public static ErrorMessageFactory duplicatesAcknowledged(List<WebhookDelivery> all) {
        Map<String, String> firstIdOf = new LinkedHashMap<>();
        Map<String, String> violations = new LinkedHashMap<>();
        for (WebhookDelivery d : all) {
            String key = d.field() + " " + d.wamid() + " " + d.status();
            String first = firstIdOf.putIfAbsent(key, d.deliveryId());
            if (first != null && !first.equals(d.deliveryId()) && !d.acknowledged()) {
                violations.put(d.describe(), "a duplicate, answered " + (d.answerStatus() == 0
                        ? "nothing (" + d.failure() + ")" : String.valueOf(d.answerStatus())));
            }
        }
        return violations.isEmpty() ? null : ShouldHandleWebhooks.of("acknowledge duplicated deliveries with a 2xx "
                + "(Meta may deliver a webhook more than once)", violations, "answer 200 to a webhook already seen and"
                + " skip its work (keep the wamids handled); an error makes Meta retry it again", all, null);
    }

    /** The statuses of {@code wamid} the client acknowledged, each once, in the order first acknowledged. */
    public static List<String> statusesOf(List<WebhookDelivery> all, String wamid) {
        Set<String> statuses = new LinkedHashSet<>();
        all.stream().filter(d -> "statuses".equals(d.field()) && Objects.equals(wamid, d.wamid()) && d.acknowledged())
                .forEach(d -> statuses.add(d.status()));
        return new ArrayList<>(statuses);
    }

    /**
     * No inbound message that reached the client more than once (any answered attempt counts) got more than one reply
     * or reaction in {@code journal}.
     */
    public static ErrorMessageFactory idempotent(List<WebhookDelivery> all, Journal journal) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        all.stream().filter(d -> "messages".equals(d.field()) && d.wamid() != null && d.answerStatus() != 0)
                .forEach(d -> seen.merge(d.wamid(), 1, Integer::sum));
        List<SentMessage> sent = SentMessage.in(journal);
        Map<String, String> violations = new LinkedHashMap<>();
        seen.forEach((wamid, times) -> {
            List<SentMessage> replies = sent.stream().filter(m -> wamid.equals(m.inReplyTo())).toList();
            if (times > 1 && replies.size() > 1) {
                violations.put(wamid, "delivered " + times + " times, replied to " + replies.size() + " times: "
                        + String.join(", ", replies.stream().map(m -> "#" + m.entry().seq()).toList()));
            }
        });
        return violations.isEmpty() ? null : ShouldHandleWebhooks.of("reply at most once to an inbound message "
                + "delivered more than once (replies found by context.message_id and reaction.message_id)", violations,
                "remember the wamids of the inbound messages handled and skip one seen before, whatever the "
                + "delivery", all, journal);
    }
}
