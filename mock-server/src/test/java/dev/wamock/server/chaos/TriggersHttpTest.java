package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Scope;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.Trigger;
import dev.wamock.server.testing.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Triggers over HTTP: which requests a step fires on, as the client and the journal see it. */
class TriggersHttpTest extends ChaosServerTest {
    private static final String TOKEN = "fake-token-aaaa";
    private static final String OTHER_TOKEN = "fake-token-bbbb";

    private List<Integer> statuses(int calls) {
        return IntStream.range(0, calls).mapToObj(i -> http().attempt(Http::number).status()).toList();
    }

    @Test
    void everyThirdRequestFailsExactlyOver30Requests() {
        server().use(Scenario.of("every-3rd", Step.error("server-error").trigger(Trigger.everyNth(3))));

        List<Integer> statuses = statuses(30);

        for (int i = 0; i < 30; i++) {
            assertThat(statuses.get(i)).as("request %d of %s", i + 1, statuses).isEqualTo(i % 3 == 2 ? 500 : 200);
        }
        assertThat(journal(30).entries()).extracting(JournalEntry::step)
                .containsExactlyElementsOf(IntStream.range(0, 30).mapToObj(i -> i % 3 == 2 ? 0 : null).toList());
    }

    @Test
    void theSameSeedGivesTheSameJournalAndAnotherSeedAnotherOne() {
        String first = seededRun(42);
        String again = seededRun(42);
        String other = seededRun(7);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        long failures = first.chars().filter(c -> c == 'E').count();
        assertThat(failures).as("about 30 %% of 100 in %s", first).isBetween(15L, 45L);
    }

    /** 100 calls with a 30 % seeded failure; the journal's statuses as a string of 'E' and '.'. */
    private String seededRun(long seed) {
        server().reset();
        server().use(Scenario.of("p30", Step.error("server-error").trigger(Trigger.probability(0.3, seed))));
        statuses(100);
        return journal(100).entries().stream().map(e -> e.status() == 500 ? "E" : ".")
                .collect(Collectors.joining());
    }

    @Test
    void aWindowOnAManualClockIsAnOutageWithoutSleeping() {
        server().clock().manual();
        server().use(Scenario.of("outage", Step.error("server-error")
                .trigger(Trigger.window(Duration.ofSeconds(10), Duration.ofSeconds(40)))));
        List<String> seen = new ArrayList<>();

        seen.add("0s " + http().attempt(Http::number).status());
        server().clock().advance(Duration.ofSeconds(10));
        seen.add("10s " + http().attempt(Http::number).status());
        server().clock().advance(Duration.ofSeconds(29));
        seen.add("39s " + http().attempt(Http::number).status());
        server().clock().advance(Duration.ofSeconds(1));
        seen.add("40s " + http().attempt(Http::number).status());

        assertThat(seen).containsExactly("0s 200", "10s 500", "39s 500", "40s 200");
    }

    @Test
    void aWindowMovesWithTheAdminClockApiToo() {
        assertThat(http().admin("POST", "/clock", "{\"mode\": \"manual\"}").status()).isEqualTo(200);
        assertThat(http().admin("POST", "/scenario", "{\"name\": \"outage\", \"steps\": [{\"error\": \"server-error\","
                + " \"trigger\": {\"from\": \"10s\", \"until\": \"40s\"}}]}").status()).isEqualTo(200);
        List<String> seen = new ArrayList<>();

        seen.add("0s " + http().attempt(Http::number).status());
        http().admin("POST", "/clock", "{\"advance\": \"15s\"}");
        seen.add("15s " + http().attempt(Http::number).status());
        http().admin("POST", "/clock", "{\"advance\": \"25s\"}");
        seen.add("40s " + http().attempt(Http::number).status());

        assertThat(seen).containsExactly("0s 200", "15s 500", "40s 200");
    }

    @Test
    void aPerTokenQuotaFailsEachClientsFirstTwoCalls() {
        server().use(Scenario.of("two-per-client", Step.error("server-error").times(2).scope(Scope.TOKEN)));
        List<String> seen = new ArrayList<>();

        for (String token : List.of(TOKEN, TOKEN, OTHER_TOKEN, TOKEN, OTHER_TOKEN,
                OTHER_TOKEN)) {
            seen.add(token.substring(token.length() - 4) + " " + http().withToken(token).attempt(Http::number).status());
        }

        assertThat(seen).containsExactly("aaaa 500", "aaaa 500", "bbbb 500", "aaaa 200", "bbbb 500", "bbbb 200");
        assertThat(journal(6).entries()).extracting(e -> e.token() + " " + e.status())
                .containsExactly("…aaaa 500", "…aaaa 500", "…bbbb 500", "…aaaa 200", "…bbbb 500", "…bbbb 200");
    }

    @Test
    void aPerNumberQuotaFailsEachNumbersFirstTwoCalls() {
        server().use(Scenario.of("two-per-number", Step.error("server-error").times(2).scope(Scope.NUMBER)));
        List<String> seen = new ArrayList<>();

        for (String number : List.of(Http.NUMBER, OTHER_NUMBER, Http.NUMBER,
                Http.NUMBER, OTHER_NUMBER, OTHER_NUMBER)) {
            seen.add(number + " " + http().attempt(h -> h.graph("/v23.0/" + number)).status());
        }

        String a = Http.NUMBER;
        String b = OTHER_NUMBER;
        assertThat(seen).containsExactly(a + " 500", b + " 500", a + " 500", a + " 200", b + " 500", b + " 200");
    }

    @Test
    void aTriggerCountsPerTokenWithTokenScope() {
        server().use(Scenario.of("every-2nd-per-client",
                Step.error("server-error").trigger(Trigger.everyNth(2)).scope(Scope.TOKEN)));
        List<Integer> statuses = new ArrayList<>();

        for (String token : List.of(TOKEN, OTHER_TOKEN, TOKEN, OTHER_TOKEN)) {
            statuses.add(http().withToken(token).attempt(Http::number).status());
        }

        assertThat(statuses).containsExactly(200, 200, 500, 500);
    }

    @Test
    void javaNetHttpsSilentRetryHidesAResetOnEverySecondRequest() {
        server().use(Scenario.of("reset-every-2nd", Step.fault(Fault.RESET).trigger(Trigger.everyNth(2))));

        List<Integer> statuses = statuses(3);

        assertThat(statuses).as("every call succeeds: the retry after a reset is the next, odd, request")
                .containsExactly(200, 200, 200);
        assertThat(journal(5).entries()).extracting(e -> e.outcome().wireName())
                .containsExactly("response", "reset", "response", "reset", "response");
    }
}
