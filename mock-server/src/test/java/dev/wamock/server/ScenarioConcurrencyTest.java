package dev.wamock.server;

import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.Scope;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.ServerFixture;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 50 clients in parallel over real HTTP, each with its own {@link HttpClient} and its own fake token:
 * a step's {@code times} is exact however the requests interleave, globally or per token, and the
 * journal holds every request.
 */
@Timeout(60)
class ScenarioConcurrencyTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();
    private static final int CLIENTS = 50;
    private static final int REQUESTS_PER_CLIENT = 6;
    private static final int TOTAL = CLIENTS * REQUESTS_PER_CLIENT;

    @BeforeEach
    void reset() {
        SERVER.server().reset();
    }

    @Test
    void fiftyParallelClientsSeeExactlyTwoFailuresInTotal() throws Exception {
        SERVER.server().use(Scenario.of("fail-2-then-succeed", Step.error("server-error").times(2), Step.passThrough()));

        Map<String, List<Integer>> statusesByToken = runClients();

        List<Integer> all = statusesByToken.values().stream().flatMap(List::stream).toList();
        assertThat(all).as("statuses of all %d requests", TOTAL).hasSize(TOTAL);
        assertThat(all.stream().filter(s -> s == 500).count()).as("500s in total").isEqualTo(2);
        assertThat(all.stream().filter(s -> s == 200).count()).as("200s in total").isEqualTo(TOTAL - 2);
        assertThat(SERVER.server().progress().steps()).extracting(ScenarioProgress.StepProgress::answered)
                .containsExactly(2L, (long) TOTAL - 2);
        Journal journal = SERVER.server().journal();
        assertJournalHoldsEveryRequest(journal);
        assertThat(journal.where(e -> e.status() == 500)).as("500s in the journal").hasSize(2)
                .allSatisfy(e -> assertThat(e.step()).isZero());
    }

    @Test
    void withTokenScopeEachOfFiftyParallelClientsSeesItsOwnTwoFailures() throws Exception {
        SERVER.server().use(Scenario.of("fail-2-per-token-then-succeed",
                Step.error("server-error").times(2).scope(Scope.TOKEN), Step.passThrough()));

        Map<String, List<Integer>> statusesByToken = runClients();

        assertThat(statusesByToken).hasSize(CLIENTS);
        statusesByToken.forEach((token, statuses) -> assertThat(statuses).as("statuses seen by the client of %s", token)
                .containsExactly(500, 500, 200, 200, 200, 200));
        Journal journal = SERVER.server().journal();
        assertJournalHoldsEveryRequest(journal);
        Map<String, Long> failuresByRedactedToken = journal.where(JournalEntry::failed).stream()
                .collect(Collectors.groupingBy(JournalEntry::token, Collectors.counting()));
        assertThat(failuresByRedactedToken).as("failures per token in the journal").hasSize(CLIENTS)
                .allSatisfy((token, failures) -> assertThat(failures).as(token).isEqualTo(2L));
    }

    @Test
    void withNumberScopeEachNumberSeesItsOwnFailureWhateverTheToken() throws Exception {
        String other = "113269274970227";
        SERVER.server().use(Scenario.of("fail-1-per-number", Step.error("rate-limited").times(1).scope(Scope.NUMBER),
                Step.passThrough()));

        runClients();
        Http client = SERVER.http().withToken("fake-token-other-number");
        int first = client.graph("/v23.0/" + other).status();
        int second = client.graph("/v23.0/" + other).status();

        assertThat(SERVER.server().journal().where(e -> e.status() == 429 && NUMBER.equals(e.numberId()))).hasSize(1);
        assertThat(List.of(first, second)).containsExactly(429, 200);
    }

    private static void assertJournalHoldsEveryRequest(Journal journal) {
        assertThat(journal.total()).as("requests counted by the journal").isEqualTo(TOTAL);
        assertThat(journal.dropped()).isZero();
        assertThat(journal.entries()).as("journal entries").hasSize(TOTAL);
        assertThat(journal.entries()).extracting(JournalEntry::seq).doesNotHaveDuplicates().isSorted();
    }

    /** Every client, started together, sends its requests one after the other; statuses by token, in order. */
    private static Map<String, List<Integer>> runClients() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        try {
            for (int c = 0; c < CLIENTS; c++) {
                String token = String.format("fake-token-client-%04d", c);
                tokens.add(token);
                futures.add(pool.submit(() -> {
                    Http http = SERVER.http().withToken(token).withClient(HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());
                    go.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        statuses.add(http.number().status());
                    }
                    return statuses;
                }));
            }
            go.countDown();
            Map<String, List<Integer>> byToken = new java.util.LinkedHashMap<>();
            for (int c = 0; c < CLIENTS; c++) {
                byToken.put(tokens.get(c), futures.get(c).get(30, TimeUnit.SECONDS));
            }
            return byToken;
        } finally {
            pool.shutdownNow();
        }
    }
}
