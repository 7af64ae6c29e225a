package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Sends.ALICE;
import static dev.wamock.assertions.Sends.INBOUND;
import static dev.wamock.assertions.Sends.accepted;
import static dev.wamock.assertions.Sends.inbound;
import static dev.wamock.assertions.Sends.status;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.WebhookDelivery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code assertThat(deliveries)}: how the client's webhook endpoint answered wamock's deliveries. */
class WebhookDeliveriesAssertTest {
    private static final String SENT = Sends.SENT;

    @Test
    void quickAcknowledgementsPassAndASlowOrFailedOneFailsWithTheFix() {
        List<WebhookDelivery> quick = List.of(status(1, "d1", "sent", 1, 200, 5), status(2, "d2", "delivered", 1, 204, 8));
        assertThat(quick).allAcknowledgedWithin(ofMillis(100));
        List<WebhookDelivery> bad = List.of(status(1, "d1", "sent", 1, 500, 5), status(2, "d1", "sent", 2, 200, 2500),
                status(3, "d2", "delivered", 1, 0, 10_000));
        assertThatThrownBy(() -> assertThat(bad).allAcknowledgedWithin(ofMillis(2000)))
                .hasMessage(text("""

                        Expecting the client's webhook endpoint to acknowledge every delivery with a 2xx within 2000.0 ms
                        but these did not:
                          #1 statuses sent wamid.1 try 1 → 500: answered 500
                          #2 statuses sent wamid.1 try 2 → 200: answered after 2500.0 ms
                          #3 statuses delivered wamid.1 try 1 → no answer (timed out): no answer (timed out)
                        Fix: answer the webhook POST with 200 at once and do the work after it (Meta retries a delivery \
                        that is not answered 2xx in time, so a slow or failing endpoint gets it again)
                        Deliveries:
                          #1 statuses sent wamid.1 try 1 → 500
                          #2 statuses sent wamid.1 try 2 → 200
                          #3 statuses delivered wamid.1 try 1 → no answer (timed out)"""));
    }

    @Test
    void aRejectedDuplicateFailsDuplicatesAcknowledged() {
        List<WebhookDelivery> fine = List.of(status(1, "d1", "sent", 1, 200, 1), status(2, "d1-dup", "sent", 1, 200, 1));
        assertThat(fine).duplicatesAcknowledged();
        List<WebhookDelivery> rejected = List.of(status(1, "d1", "sent", 1, 200, 1),
                status(2, "d1-dup", "sent", 1, 409, 1), status(3, "d2", "delivered", 1, 500, 1));
        assertThatThrownBy(() -> assertThat(rejected).duplicatesAcknowledged())
                .hasMessageContaining(text("""
                        but these did not:
                          #2 statuses sent wamid.1 try 1 → 409: a duplicate, answered 409
                        Fix: answer 200 to a webhook already seen"""));
    }

    @Test
    void statusesOfAWamidAreTheAcknowledgedOnesEachOnceInOrder() {
        List<WebhookDelivery> deliveries = List.of(status(1, "d1", "sent", 1, 500, 1), status(2, "d1", "sent", 2, 200, 1),
                status(3, "d2", "delivered", 1, 200, 1), status(4, "d2-dup", "delivered", 1, 200, 1),
                status(5, "d3", "read", 1, 200, 1), new WebhookDelivery(6, "x", "statuses",
                        "wamid.2", "sent", "http://127.0.0.1:1/hooks", 1, "{}", "sha256=00", 200, null, 6, 1));
        assertThat(deliveries).statusesOf(SENT).containsExactly("sent", "delivered", "read");
        List<WebhookDelivery> readOnly = List.of(status(1, "d3", "read", 1, 200, 1));
        assertThatThrownBy(() -> assertThat(readOnly).statusesOf(SENT).containsExactly("sent", "delivered", "read"))
                .hasMessageContaining("statuses of wamid.1 acknowledged by the client; deliveries:")
                .hasMessageContaining("#1 statuses read wamid.1 try 1 → 200");
    }

    @Test
    void aDuplicatedInboundMessageRepliedToTwiceFailsIdempotency() {
        List<WebhookDelivery> twice = List.of(inbound(1, "m1"), inbound(2, "m1-dup"));
        Journal once = Sends.journal(accepted(1, Sends.reply(ALICE)), accepted(2, Sends.text(ALICE)));
        assertThat(twice).handledDuplicatesIdempotently(once);
        assertThat(once).sentMessages().inReplyTo(INBOUND).hasSize(1);
        Journal doubled = Sends.journal(accepted(1, Sends.reply(ALICE)), accepted(2, Sends.reaction(ALICE)));
        assertThatThrownBy(() -> assertThat(twice).handledDuplicatesIdempotently(doubled))
                .hasMessageContaining(text("""
                        Expecting the client's webhook endpoint to reply at most once to an inbound message delivered \
                        more than once (replies found by context.message_id and reaction.message_id)
                        but these did not:
                          %s: delivered 2 times, replied to 2 times: #1, #2
                        Fix: remember the wamids""".formatted(INBOUND)))
                .hasMessageContaining("Journal:");
    }

    @Test
    void theDeliveriesEntryPointWinsOverAssertJsListOneAndHasASoftForm() {
        List<WebhookDelivery> failed = List.of(status(1, "d1", "sent", 1, 500, 1));
        WebhookDeliveriesAssert hard = assertThat(failed);
        org.assertj.core.api.Assertions.assertThat(hard).isInstanceOf(WebhookDeliveriesAssert.class);
        WamockSoftAssertions softly = new WamockSoftAssertions();
        softly.assertThatDeliveries(failed).allAcknowledgedWithin(ofMillis(100)).hasSize(1);
        softly.assertThatDeliveries(failed).statusesOf(SENT).containsExactly("sent");
        org.assertj.core.api.Assertions.assertThat(softly.assertionErrorsCollected()).hasSize(2);
    }
}
