package dev.wamock.assertions;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.description.Description;

/**
 * Creates the asserts a navigation method returns ({@code isAccountNumber()}, {@code requests()}, …)
 * and reports their precondition failures: thrown at once, or collected when the parent is a soft
 * assertion proxy. Navigation methods are {@code final} so that soft proxies do not intercept them.
 */
final class Navigation {
    static final Navigation HARD = new Navigation(null);

    private final SoftAssertionsProvider softly;

    private Navigation(SoftAssertionsProvider softly) {
        this.softly = softly;
    }

    static Navigation soft(SoftAssertionsProvider softly) {
        return new Navigation(softly);
    }

    ResponseAssert response(GraphResponse response) {
        ResponseAssert a = next(ResponseAssert.class, GraphResponse.class, response, () -> new ResponseAssert(response));
        a.navigation = this;
        return a;
    }

    JournalAssert journal(Journal journal, Journal whole, String scope) {
        JournalAssert a = next(JournalAssert.class, Journal.class, journal, () -> new JournalAssert(journal));
        a.navigation = this;
        a.whole = whole;
        a.scope = scope;
        return a;
    }

    JournalEntryAssert entry(JournalEntry entry) {
        JournalEntryAssert a = next(JournalEntryAssert.class, JournalEntry.class, entry, () -> new JournalEntryAssert(entry));
        a.navigation = this;
        return a;
    }

    WebhookDeliveriesAssert deliveries(java.util.List<dev.wamock.scenarios.WebhookDelivery> deliveries) {
        WebhookDeliveriesAssert a = next(WebhookDeliveriesAssert.class, java.util.List.class, deliveries,
                () -> new WebhookDeliveriesAssert(deliveries));
        a.navigation = this;
        return a;
    }

    /** A new assert: a soft proxy when soft, else {@code hard.get()}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <A extends AbstractAssert<?, ?>> A next(Class<A> type, Class<?> actualType, Object actual, Supplier<A> hard) {
        if (softly == null) {
            return hard.get();
        }
        return (A) softly.proxy((Class) type, (Class) actualType, actual);
    }

    /** The child inherits the parent's description ({@code as("…")}), if any. */
    static <A extends AbstractAssert<?, ?>> A describedLike(A child, Description parent) {
        if (parent != null && !parent.value().isEmpty()) {
            child.describedAs(parent);
        }
        return child;
    }

    /** A failed precondition of a navigation method: thrown, or collected when soft. */
    void fail(AssertionError error) {
        if (softly == null) {
            throw error;
        }
        softly.collectAssertionError(error);
    }
}
