package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.WamockControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * What each of many parallel tests on one server does: {@code transient-then-ok} (two 500s, then 200), then a rate
 * limit of 2 calls an hour on a manual clock (200, 200, 429, and 200 once the clock is advanced an hour), with its own
 * token; between its steps every test waits until all have come that far, so their requests interleave. Then its
 * journal must hold exactly its own seven requests. Tests that share a scenario, counts, clock and journal cannot
 * all pass it.
 */
final class SessionStory {
    static final List<Integer> STATUSES = List.of(500, 500, 200, 200, 200, 429, 200);

    private SessionStory() {
    }

    /** Runs story {@code n} on {@code wamock}, whose active scenario is {@code transient-then-ok}. */
    static void run(int n, WamockControl wamock, CyclicBarrier allHere) throws Exception {
        String token = "fake-token-" + (1000 + n);
        List<Integer> statuses = new ArrayList<>();
        statuses.add(get(wamock, token));
        statuses.add(get(wamock, token));
        allHere.await(60, TimeUnit.SECONDS);
        statuses.add(get(wamock, token));

        wamock.use(Scenario.of("quota", Step.rateLimit(Answer.RateLimit.calls(2).per(Duration.ofHours(1)))));
        wamock.clock().manual();
        statuses.add(get(wamock, token));
        statuses.add(get(wamock, token));
        allHere.await(60, TimeUnit.SECONDS);
        statuses.add(get(wamock, token));
        wamock.clock().advance(Duration.ofHours(1));
        statuses.add(get(wamock, token));
        allHere.await(60, TimeUnit.SECONDS);

        assertThat(statuses).as("story %d", n).isEqualTo(STATUSES);
        assertThat(wamock.journal().entries()).as("journal of story %d", n)
                .extracting(JournalEntry::token).containsOnly("…" + (1000 + n)).hasSize(STATUSES.size());
        assertThat(wamock.journal().entries()).extracting(JournalEntry::status).isEqualTo(STATUSES);
    }

    private static int get(WamockControl wamock, String token) {
        return Graph.get(wamock.baseUrl(), "/v23.0/" + Graph.NUMBER, token);
    }
}
