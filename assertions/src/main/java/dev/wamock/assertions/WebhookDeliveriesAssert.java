package dev.wamock.assertions;

import dev.wamock.assertions.internal.journal.WamockRepresentation;
import dev.wamock.assertions.internal.messages.ShouldHandleWebhooks;
import dev.wamock.assertions.internal.messages.WebhookRules;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.WebhookDelivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on how the client's webhook endpoint handled wamock's deliveries, from wamock's records of them
 * ({@link WebhookDelivery}, one per attempt, in order): {@code assertThat(deliveries).allAcknowledgedWithin(ofSeconds(2))}.
 * Every AssertJ list assertion works too. Failures list the deliveries that broke the rule, the fix, and every
 * delivery.
 */
public class WebhookDeliveriesAssert extends AbstractListAssert<WebhookDeliveriesAssert, List<? extends WebhookDelivery>,
        WebhookDelivery, ObjectAssert<WebhookDelivery>> {

    Navigation navigation = Navigation.HARD;

    /** Assertions on these delivery attempts, in order. */
    public WebhookDeliveriesAssert(List<? extends WebhookDelivery> actual) {
        super(actual, WebhookDeliveriesAssert.class);
        info.useRepresentation(WamockRepresentation.INSTANCE);
    }

    /** Every attempt was answered with a 2xx within {@code max} (Meta retries one that is not). */
    public WebhookDeliveriesAssert allAcknowledgedWithin(Duration max) {
        Objects.requireNonNull(max, "max");
        return check(() -> WebhookRules.acknowledgedWithin(all(), max));
    }

    /**
     * Every duplicated delivery (the same field, wamid and status as an earlier one with another delivery ID) was
     * answered with a 2xx: the client does not reject a webhook it has seen.
     */
    public WebhookDeliveriesAssert duplicatesAcknowledged() {
        return check(() -> WebhookRules.duplicatesAcknowledged(all()));
    }

    /**
     * The client took each inbound message only once: no inbound message delivered more than once got more than one
     * reply or reaction ({@code context.message_id}, {@code reaction.message_id}) among {@code journal}'s sent
     * messages. A client that replies without {@code context} cannot be checked so: assert
     * {@code assertThat(journal).sentMessages().to(waId).hasSize(1)} instead.
     */
    public WebhookDeliveriesAssert handledDuplicatesIdempotently(Journal journal) {
        Objects.requireNonNull(journal, "journal");
        return check(() -> WebhookRules.idempotent(all(), journal));
    }

    /**
     * The statuses of the sent message {@code wamid} that the client acknowledged (2xx), each once, in the order first
     * acknowledged: {@code .statusesOf(wamid).containsExactly("sent", "delivered", "read")}.
     */
    @SuppressWarnings("unchecked")
    public final ListAssert<String> statusesOf(String wamid) {
        List<String> statuses = actual == null ? null : WebhookRules.statusesOf(all(), wamid);
        ListAssert<String> next = navigation.next(ListAssert.class, List.class, statuses, () -> new ListAssert<>(statuses));
        return next.as("statuses of %s acknowledged by the client; deliveries:%n%s", wamid,
                actual == null ? "" : ShouldHandleWebhooks.deliveries(all()));
    }

    @Override
    protected ObjectAssert<WebhookDelivery> toAssert(WebhookDelivery value, String description) {
        return new ObjectAssert<>(value).as(description);
    }

    @Override
    protected WebhookDeliveriesAssert newAbstractIterableAssert(Iterable<? extends WebhookDelivery> iterable) {
        List<WebhookDelivery> deliveries = new ArrayList<>();
        iterable.forEach(deliveries::add);
        return new WebhookDeliveriesAssert(deliveries);
    }

    private List<WebhookDelivery> all() {
        return actual.stream().map(d -> (WebhookDelivery) d).toList();
    }

    private WebhookDeliveriesAssert check(Supplier<ErrorMessageFactory> rule) {
        isNotNull();
        ErrorMessageFactory failure = rule.get();
        if (failure != null) {
            throwAssertionError(failure);
        }
        return myself;
    }
}
