package dev.wamock.assertions;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.WamockControl;
import java.net.http.HttpResponse;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * wamock's entry points as soft assertions. Implement it on your own soft assertions class to mix
 * them with AssertJ's ({@code class MySoftly extends SoftAssertions implements WamockSoftAssertionsProvider}),
 * or use {@link WamockSoftAssertions}.
 */
public interface WamockSoftAssertionsProvider extends SoftAssertionsProvider {

    /** Soft assertions on an answer received with {@code java.net.http}. */
    default ResponseAssert assertThat(HttpResponse<String> response) {
        return Navigation.soft(this).response(response == null ? null : GraphResponse.of(response));
    }

    /** Soft assertions on an answer known by its status and JSON body (any HTTP client). */
    default ResponseAssert assertThat(int status, String jsonBody) {
        return Navigation.soft(this).response(GraphResponse.of(status, jsonBody));
    }

    /** Soft assertions on an answer with its status, body and headers. */
    default ResponseAssert assertThat(GraphResponse response) {
        return Navigation.soft(this).response(response);
    }

    /** Soft assertions on the journal of a running wamock (in-process or container), read now. */
    default JournalAssert assertThat(WamockControl control) {
        return Navigation.soft(this).journal(control == null ? null : control.journal(), null, "");
    }

    /** Soft assertions on a journal. */
    default JournalAssert assertThat(Journal journal) {
        return Navigation.soft(this).journal(journal, null, "");
    }

    /**
     * Soft assertions on wamock's webhook deliveries; not {@code assertThat}, whose {@code List} parameter would clash
     * with AssertJ's own in a class that mixes both.
     */
    default WebhookDeliveriesAssert assertThatDeliveries(java.util.List<dev.wamock.scenarios.WebhookDelivery> deliveries) {
        return Navigation.soft(this).deliveries(deliveries);
    }

    /** Soft assertions on one journaled request and what it was answered. */
    default JournalEntryAssert assertThat(JournalEntry entry) {
        return Navigation.soft(this).entry(entry);
    }
}
