package dev.wamock.server.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.nio.file.Path;
import java.time.Duration;
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
        Http client = session(fleet.url(), "transient");
        assertThat(client.admin("PUT", "/scenario", "{\"name\": \"transient-then-ok\"}").status()).isEqualTo(200);

        List<Reply> answers = parallel(30, client);

        assertThat(answers).filteredOn(r -> r.status() == 500).hasSize(2);
        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(28);
        assertThat(servedBy(answers)).as("replicas that answered").containsExactly("r1", "r2", "r3");
    }

    @Test
    void aWindowOfFiveCallsGivesThe429OnExactlyTheSixthAndAClockAdvancePostedToOneReplicaFreesItOnAll() {
        Http client = session(fleet.url(), "window");
        client.admin("PUT", "/scenario", "{\"name\": \"five\", \"steps\": [{\"rateLimit\": {\"app\": 5, \"window\": \"1h\"}}]}");
        List<Reply> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(client.number());
        }
        assertThat(answers).extracting(Reply::status).containsExactly(200, 200, 200, 200, 200, 429, 429);
        assertThat(servedBy(answers)).containsExactly("r1", "r2", "r3");

        session(fleet.replicas.get(1).url(), "window").admin("POST", "/clock", "{\"mode\": \"manual\", \"advance\": \"1h\"}");

        for (Replica r : fleet.replicas) {
            assertThat(json(session(r.url(), "window").admin("GET", "/clock", null)).path("mode").asString())
                    .as("clock mode on %s", r.url()).isEqualTo("manual");
        }
        List<Reply> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            after.add(client.number());
        }
        assertThat(after).extracting(Reply::status).containsExactly(200, 200, 200);
    }

    @Test
    void theJournalReadFromAnyReplicaHasEveryRequestOnceInSequenceOrder() throws Exception {
        Http client = session(fleet.url(), "journal");
        parallel(60, client);

        for (Replica r : fleet.replicas) {
            JsonNode journal = json(session(r.url(), "journal").admin("GET", "/journal", null));
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
                Http session = session(fleet.url(), "s" + i);
                stories.add(pool.submit(() -> {
                    session.admin("PUT", "/scenario", "{\"name\": \"transient-then-ok\"}");
                    StringBuilder seen = new StringBuilder();
                    for (int k = 0; k < 3; k++) {
                        Reply r = session.number();
                        seen.append(r.status()).append(r.status() == 503 ? r.body() : "").append(' ');
                    }
                    return seen + "journal " + json(session.admin("GET", "/journal", null)).path("total").asLong();
                }));
            }
            for (Future<String> story : stories) {
                assertThat(story.get()).isEqualTo("500 500 200 journal 3");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Reply> parallel(int requests, Http client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Reply>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                calls.add(pool.submit(() -> client.number()));
            }
            List<Reply> answers = new ArrayList<>();
            for (Future<Reply> f : calls) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static Set<String> servedBy(List<Reply> answers) {
        Set<String> names = new TreeSet<>();
        answers.forEach(r -> java.util.Optional.ofNullable(r.header(Haproxy.SERVED_BY)).ifPresent(names::add));
        return names;
    }

    /** Calls as a client of session {@code id} make them, through haproxy or to one replica at {@code url}. */
    static Http session(String url, String id) {
        return Http.to(url).withHeader("X-Wamock-Session", id).withToken("fake-token-" + id).withTimeout(Duration.ofSeconds(15));
    }

    static JsonNode json(Reply response) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
