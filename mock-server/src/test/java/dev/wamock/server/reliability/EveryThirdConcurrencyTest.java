package dev.wamock.server.reliability;

import static dev.wamock.server.testing.RawHttp.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.Trigger;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 16 clients × 10 000 requests on "every third request fails": exactly a third of 160 000 fail (the
 * 3rd, 6th, … decided request: 53 333), the journal holds every request once, and the scenario's own
 * counts agree. Each client is one raw keep-alive connection, so one send is one request (java.net.http
 * would re-send a GET it thinks failed).
 */
@Timeout(180)
class EveryThirdConcurrencyTest {
    static final int CLIENTS = 16;
    static final int REQUESTS_PER_CLIENT = 10_000;
    static final int TOTAL = CLIENTS * REQUESTS_PER_CLIENT;
    static final int FAILURES = TOTAL / 3;

    @Test
    void sixteenClientsTimesTenThousandRequestsSeeExactlyEveryThirdFail() throws Exception {
        try (WamockServer server = WamockServer.builder().journalCapacity(TOTAL).start()) {
            server.use(Scenario.of("fail-every-3rd",
                    Step.error("server-error").trigger(Trigger.everyNth(3)), Step.passThrough()));
            long started = System.nanoTime();

            List<int[]> perClient = run(server.port());

            double seconds = (System.nanoTime() - started) / 1e9;
            int ok = perClient.stream().mapToInt(c -> c[0]).sum();
            int failed = perClient.stream().mapToInt(c -> c[1]).sum();
            int other = perClient.stream().mapToInt(c -> c[2]).sum();
            System.out.printf("%d requests from %d clients in %.1f s (%.0f/s): %d × 200, %d × 500, %d other%n", TOTAL,
                    CLIENTS, seconds, TOTAL / seconds, ok, failed, other);
            assertThat(other).as("answers other than 200 and 500").isZero();
            assertThat(failed).as("500s seen by the clients").isEqualTo(FAILURES);
            assertThat(ok).as("200s seen by the clients").isEqualTo(TOTAL - FAILURES);

            assertThat(server.progress().steps()).extracting(ScenarioProgress.StepProgress::answered)
                    .as("answers counted by the scenario's steps").containsExactly((long) FAILURES, (long) TOTAL - FAILURES);
            Journal journal = server.journal();
            assertThat(journal.total()).as("requests the journal counted").isEqualTo(TOTAL);
            assertThat(journal.dropped()).isZero();
            assertThat(journal.entries()).as("journal entries").hasSize(TOTAL);
            assertThat(journal.entries().stream().mapToLong(JournalEntry::seq).distinct().count())
                    .as("distinct sequence numbers").isEqualTo(TOTAL);
            Map<Integer, Long> statuses = journal.entries().stream()
                    .collect(Collectors.groupingBy(JournalEntry::status, Collectors.counting()));
            assertThat(statuses).as("statuses in the journal")
                    .containsExactlyInAnyOrderEntriesOf(Map.of(500, (long) FAILURES, 200, (long) TOTAL - FAILURES));
        }
    }

    /** Each client's count of 200s, 500s and anything else. */
    private static List<int[]> run(int port) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        byte[] request = RawHttp.get(ENDPOINT).getBytes(StandardCharsets.ISO_8859_1);
        try {
            List<Future<int[]>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                futures.add(pool.submit(() -> {
                    int[] counts = new int[3];
                    try (RawConnection connection = RawHttp.connect(port)) {
                        go.await();
                        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                            connection.write(request);
                            int status = connection.read("GET").status();
                            counts[status == 200 ? 0 : status == 500 ? 1 : 2]++;
                        }
                    }
                    return counts;
                }));
            }
            go.countDown();
            List<int[]> counts = new ArrayList<>();
            for (Future<int[]> f : futures) {
                counts.add(f.get(150, TimeUnit.SECONDS));
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }
}
