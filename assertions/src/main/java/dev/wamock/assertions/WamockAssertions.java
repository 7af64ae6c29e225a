package dev.wamock.assertions;

import dev.wamock.assertions.internal.Json;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.WebhookDelivery;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The entry point of wamock's AssertJ assertions, next to (not instead of) AssertJ's own
 * {@code Assertions}: {@code import static dev.wamock.assertions.WamockAssertions.assertThat;}.
 *
 * <pre>
 * assertThat(response).conformsToSchema().isGraphError().matchesDocumented("rate-limited");
 * assertThat(server).retriedOnlyTransientErrors().backoff().isExponential(ofMillis(100), 2.0, 0.5);
 * </pre>
 *
 * For soft assertions use {@link WamockSoftAssertions}.
 */
public final class WamockAssertions {
    private WamockAssertions() {
    }

    /** Assertions on an answer of the endpoint. */
    public static ResponseAssert assertThat(HttpResponse<String> response) {
        return Navigation.HARD.response(response == null ? null : GraphResponse.of(response));
    }

    /** Assertions on an answer known by its status and JSON body (any HTTP client). */
    public static ResponseAssert assertThat(int status, String jsonBody) {
        return Navigation.HARD.response(GraphResponse.of(status, jsonBody));
    }

    /** Assertions on an answer with its status, body and headers (and, for a journaled answer, its profile). */
    public static ResponseAssert assertThat(GraphResponse response) {
        return Navigation.HARD.response(response);
    }

    /** Assertions on the journal of a running wamock (in-process or container), read now. */
    public static JournalAssert assertThat(WamockControl control) {
        return Navigation.HARD.journal(control == null ? null : control.journal(), null, "");
    }

    /** Assertions on a journal: what the client sent, how it retried, how long it waited. */
    public static JournalAssert assertThat(Journal journal) {
        return Navigation.HARD.journal(journal, null, "");
    }

    /** Assertions on one journaled request and what it was answered. */
    public static JournalEntryAssert assertThat(JournalEntry entry) {
        return Navigation.HARD.entry(entry);
    }

    /**
     * Assertions on how the client handled wamock's webhook deliveries (its records of them, one per attempt):
     * {@code assertThat(deliveries).allAcknowledgedWithin(ofSeconds(2)).duplicatesAcknowledged()}.
     */
    public static WebhookDeliveriesAssert assertThat(List<WebhookDelivery> deliveries) {
        return Navigation.HARD.deliveries(deliveries);
    }

    /** {@link #assertThat(List)} by another name, for code that also imports AssertJ's {@code assertThat(List)}. */
    public static WebhookDeliveriesAssert assertThatDeliveries(List<WebhookDelivery> deliveries) {
        return Navigation.HARD.deliveries(deliveries);
    }

    /** A journal from its JSON dump, as {@code GET /__wamock/journal} returns it. */
    public static Journal journalFromJson(String json) {
        return Json.journal(json);
    }
}
