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

    default ResponseAssert assertThat(HttpResponse<String> response) {
        return Navigation.soft(this).response(response == null ? null : GraphResponse.of(response));
    }

    default ResponseAssert assertThat(int status, String jsonBody) {
        return Navigation.soft(this).response(GraphResponse.of(status, jsonBody));
    }

    default ResponseAssert assertThat(GraphResponse response) {
        return Navigation.soft(this).response(response);
    }

    default JournalAssert assertThat(WamockControl control) {
        return Navigation.soft(this).journal(control == null ? null : control.journal(), null, "");
    }

    default JournalAssert assertThat(Journal journal) {
        return Navigation.soft(this).journal(journal, null, "");
    }

    default JournalEntryAssert assertThat(JournalEntry entry) {
        return Navigation.soft(this).entry(entry);
    }
}
