package dev.wamock.server.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three wamock JVMs on one Redis behind haproxy round-robin act as one server: exact counts, one rate-limit window,
 * one clock and one journal, whichever replica answers. Each test plays its story in its own session.
 */
@Timeout(120)
class FleetTest {
    private static final JsonMapper JSON = JsonMapper.shared();
    @TempDir
    static Path dir;
    private static Fleet fleet;

    @BeforeAll
    static void start() throws Exception {
        fleet = Fleet.start(dir, 3);
    }

    @AfterAll
    static void stop() throws Exception {
        fleet.close();
    }

    @Test
    void transientThenOkFailsExactlyTwiceAcrossTheFleetEvenWithThirtyClientsAtOnce() throws Exception {
        FleetClient client = new FleetClient(fleet.url(), "transient");
        assertThat(client.admin("PUT", "scenario", "{\"name\": \"transient-then-ok\"}").statusCode()).isEqualTo(200);

        List<HttpResponse<String>> answers = parallel(30, client);

        assertThat(answers).filteredOn(r -> r.statusCode() == 500).hasSize(2);
        assertThat(answers).filteredOn(r -> r.statusCode() == 200).hasSize(28);
        assertThat(servedBy(answers)).as("replicas that answered").containsExactly("r1", "r2", "r3");
    }

    @Test
    void aWindowOfFiveCallsGivesThe429OnExactlyTheSixthAndAClockAdvancePostedToOneReplicaFreesItOnAll() {
        FleetClient client = new FleetClient(fleet.url(), "window");
        client.admin("PUT", "scenario", "{\"name\": \"five\", \"steps\": [{\"rateLimit\": {\"app\": 5, \"window\": \"1h\"}}]}");
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(client.call());
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200, 200, 200, 200, 429, 429);
        assertThat(servedBy(answers)).containsExactly("r1", "r2", "r3");

        new FleetClient(fleet.replicas.get(1).url(), "window").admin("POST", "clock", "{\"mode\": \"manual\", \"advance\": \"1h\"}");

        for (Replica r : fleet.replicas) {
            assertThat(json(new FleetClient(r.url(), "window").admin("GET", "clock", null)).path("mode").asString())
                    .as("clock mode on %s", r.url()).isEqualTo("manual");
        }
        List<HttpResponse<String>> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            after.add(client.call());
        }
        assertThat(after).extracting(HttpResponse::statusCode).containsExactly(200, 200, 200);
    }

    @Test
    void theJournalReadFromAnyReplicaHasEveryRequestOnceInSequenceOrder() throws Exception {
        FleetClient client = new FleetClient(fleet.url(), "journal");
        parallel(60, client);

        for (Replica r : fleet.replicas) {
            JsonNode journal = json(new FleetClient(r.url(), "journal").admin("GET", "journal", null));
            assertThat(journal.path("total").asLong()).as("total on %s", r.url()).isEqualTo(60);
            List<Long> seqs = new ArrayList<>();
            journal.path("entries").forEach(e -> seqs.add(e.path("seq").asLong()));
            assertThat(seqs).as("sequence numbers on %s", r.url())
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 60).boxed().toList());
        }
    }

    @Test
    void fiftySessionsInParallelOnTheFleetEachSeeTheirOwnStory() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            List<Future<String>> stories = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                FleetClient session = new FleetClient(fleet.url(), "s" + i);
                stories.add(pool.submit(() -> {
                    session.admin("PUT", "scenario", "{\"name\": \"transient-then-ok\"}");
                    StringBuilder seen = new StringBuilder();
                    for (int k = 0; k < 3; k++) {
                        HttpResponse<String> r = session.call();
                        seen.append(r.statusCode()).append(r.statusCode() == 503 ? r.body() : "").append(' ');
                    }
                    return seen + "journal " + json(session.admin("GET", "journal", null)).path("total").asLong();
                }));
            }
            for (Future<String> story : stories) {
                assertThat(story.get()).isEqualTo("500 500 200 journal 3");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static List<HttpResponse<String>> parallel(int requests, FleetClient client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                calls.add(pool.submit(client::call));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : calls) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static Set<String> servedBy(List<HttpResponse<String>> answers) {
        Set<String> names = new TreeSet<>();
        answers.forEach(r -> r.headers().firstValue(Haproxy.SERVED_BY).ifPresent(names::add));
        return names;
    }

    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
