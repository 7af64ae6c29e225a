package dev.wamock.server;

import static dev.wamock.server.GraphBodies.GRAPH_ERROR;
import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.QualityRating;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The admin API under {@code /__wamock/} as a client in any language uses it, and the Java control
 * API, which must show the same state. The server starts with {@code http-500} active and a scenario
 * loaded from a file.
 */
class AdminApiTest {
    private static final String OTHER_NUMBER = "113269274970227";
    private static final String SCENARIO = "/__wamock/scenario";
    private static final String JOURNAL = "/__wamock/journal";

    @TempDir
    static Path dir;

    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.with(b -> b.startScenario("http-500").scenarioFiles(scenarioFile()));

    /** A scenario file in {@link #dir}, written as the server starts. */
    private static Path scenarioFile() {
        try {
            return Files.writeString(dir.resolve("from-file.yaml"), """
                name: from-file
                description: One 429, then the data
                steps:
                  - error: rate-limited
                    times: 1
                  - pass: true
                """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void reset() {
        SERVER.server().reset();
    }

    @Test
    void postingANameActivatesThatScenario() {
        Reply reply = SERVER.http().send("POST", SCENARIO, "{\"name\": \"http-429\"}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().path("active").path("name").asString()).isEqualTo("http-429");
        assertThat(SERVER.http().number("").status()).isEqualTo(429);
        assertThat(SERVER.server().progress().name()).isEqualTo("http-429");
    }

    @Test
    void puttingANameActivatesThatScenarioToo() {
        Reply reply = SERVER.http().send("PUT", SCENARIO, "{\"name\": \"quality-red\"}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(SERVER.http().number("?fields=quality_rating").json().path("quality_rating").asString()).isEqualTo("RED");
    }

    @Test
    void postingAWholeScenarioActivatesIt() {
        Reply reply = SERVER.http().send("POST", SCENARIO, """
                {"name": "inline-flaky", "description": "one 500, then RED",
                 "steps": [{"error": "server-error", "times": 1, "label": "first"},
                           {"state": {"quality_rating": "RED"}}]}""");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode active = reply.json().path("active");
        assertThat(active.path("name").asString()).isEqualTo("inline-flaky");
        assertThat(active.path("description").asString()).isEqualTo("one 500, then RED");
        assertThat(active.path("steps").size()).isEqualTo(2);
        assertThat(active.path("steps").path(0).path("times").asInt()).isEqualTo(1);
        assertThat(active.path("steps").path(0).path("step").asString()).contains("first");
        assertThat(active.path("steps").path(1).path("times").isNull()).isTrue();
        assertThat(SERVER.http().number("?fields=quality_rating").status()).isEqualTo(500);
        assertThat(SERVER.http().number("?fields=quality_rating").json().path("quality_rating").asString()).isEqualTo("RED");
    }

    @Test
    void anInlineScenarioMayLeaveOutCycleAsTheModelWritesIt() {
        Scenario scenario = Scenario.of("written-by-the-model", Step.error("server-error").times(1), Step.passThrough());

        Reply handWritten = SERVER.http().send("POST", SCENARIO,
                "{\"name\": \"hand-written\", \"steps\": [{\"error\": \"server-error\", \"times\": 1}, {\"pass\": true}]}");
        Reply written = SERVER.http().send("POST", SCENARIO, Mappers.JSON.writeValueAsString(scenario));

        assertThat(handWritten.status()).as("%s", handWritten).isEqualTo(200);
        assertThat(written.status()).as("%s", written).isEqualTo(200);
        assertThat(SERVER.server().progress().name()).isEqualTo("written-by-the-model");
    }

    @Test
    void theActiveScenarioShowsHowManyRequestsEachStepAnswered() {
        SERVER.http().send("POST", SCENARIO, "{\"name\": \"from-file\"}");
        List<Integer> statuses = List.of(SERVER.http().number("").status(), SERVER.http().number("").status(), SERVER.http().number("").status());

        Reply reply = SERVER.http().get(SCENARIO);

        assertThat(statuses).containsExactly(429, 200, 200);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode active = reply.json().path("active");
        assertThat(active.path("name").asString()).isEqualTo("from-file");
        assertThat(active.path("description").asString()).isEqualTo("One 429, then the data");
        JsonNode steps = active.path("steps");
        assertThat(steps.size()).isEqualTo(2);
        assertThat(steps.path(0).path("index").asInt()).isZero();
        assertThat(steps.path(0).path("times").asInt()).isEqualTo(1);
        assertThat(steps.path(0).path("answered").asLong()).isEqualTo(1);
        assertThat(steps.path(0).path("step").asString()).contains("429");
        assertThat(steps.path(1).path("index").asInt()).isEqualTo(1);
        assertThat(steps.path(1).path("times").isNull()).isTrue();
        assertThat(steps.path(1).path("answered").asLong()).isEqualTo(2);
    }

    @Test
    void deleteDeactivatesTheScenario() {
        Reply deleted = SERVER.http().send("DELETE", SCENARIO, "");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().has("active")).isTrue();
        assertThat(deleted.json().path("active").isNull()).isTrue();
        assertThat(SERVER.http().get(SCENARIO).json().path("active").isNull()).isTrue();
        assertThat(SERVER.server().progress()).isNull();
        assertThat(SERVER.http().number("").status()).isEqualTo(200);
    }

    @Test
    void resetRestoresTheStartScenarioWithFreshCountsAndEmptiesTheJournal() {
        SERVER.http().send("POST", SCENARIO, "{\"name\": \"http-429\"}");
        SERVER.http().number("");
        SERVER.http().graph("/v23.0/555090000001");
        assertThat(SERVER.server().journal().entries()).hasSize(2);

        Reply reset = SERVER.http().send("POST", "/__wamock/reset", null, "X-Wamock-Admin", "1");

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().path("active").path("name").asString()).isEqualTo("http-500");
        assertThat(reset.json().path("active").path("steps").path(0).path("answered").asLong()).isZero();
        JsonNode journal = SERVER.http().get(JOURNAL).json();
        assertThat(journal.path("total").asLong()).isZero();
        assertThat(journal.path("dropped").asLong()).isZero();
        assertThat(journal.path("entries").size()).isZero();
        assertThat(SERVER.http().number("").status()).as("the start scenario answers again").isEqualTo(500);
        assertThat(SERVER.http().graph("/v23.0/555090000001").status())
                .as("magic-number counts start again: transient-then-ok fails its first request").isEqualTo(500);
    }

    @Test
    void theCatalogueListsEveryBuiltInWithItsDescriptionAndMagicNumberThenTheLoadedOnes() {
        Reply reply = SERVER.http().get("/__wamock/scenarios");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode catalogue = reply.json();
        List<CatalogueEntry> builtIns = BuiltInScenarios.all();
        assertThat(catalogue.size()).isEqualTo(builtIns.size() + 1);
        for (int i = 0; i < builtIns.size(); i++) {
            CatalogueEntry b = builtIns.get(i);
            JsonNode listed = catalogue.path(i);
            assertThat(listed.path("scenario").path("name").asString()).isEqualTo(b.name());
            assertThat(listed.path("scenario").path("description").asString()).as(b.name()).isEqualTo(b.description())
                    .isNotBlank();
            assertThat(listed.path("magicNumber").asString()).as(b.name()).isEqualTo(b.magicNumber());
        }
        JsonNode loaded = catalogue.path(builtIns.size());
        assertThat(loaded.path("scenario").path("name").asString()).isEqualTo("from-file");
        assertThat(loaded.path("scenario").path("description").asString()).isEqualTo("One 429, then the data");
        assertThat(loaded.has("magicNumber")).isTrue();
        assertThat(loaded.path("magicNumber").isNull()).isTrue();
    }

    @Test
    void theJournalFiltersByNumberStatusAndSince() throws InterruptedException {
        SERVER.server().use(Scenario.of("pass", Step.passThrough()));
        for (String number : List.of(NUMBER, NUMBER, OTHER_NUMBER, "999000111", "555000000429")) {
            SERVER.http().graph("/v23.0/" + number);
            Thread.sleep(2);
        }
        List<JournalEntry> all = SERVER.server().journal().entries();
        assertThat(all).extracting(JournalEntry::status).containsExactly(200, 200, 200, 404, 429);
        long secondSeq = all.get(1).seq();
        String thirdReceivedAt = all.get(2).receivedAt().toString();

        assertThat(seqs("?number=" + OTHER_NUMBER)).containsExactly(all.get(2).seq());
        assertThat(seqs("?number=" + NUMBER)).containsExactly(all.get(0).seq(), all.get(1).seq());
        assertThat(seqs("?status=404")).containsExactly(all.get(3).seq());
        assertThat(seqs("?status=200")).containsExactly(all.get(0).seq(), all.get(1).seq(), all.get(2).seq());
        assertThat(seqs("?since=" + secondSeq)).containsExactly(all.get(2).seq(), all.get(3).seq(), all.get(4).seq());
        assertThat(seqs("?since=" + thirdReceivedAt)).containsExactly(all.get(3).seq(), all.get(4).seq());
        assertThat(seqs("?number=" + NUMBER + "&status=200&since=" + all.get(0).seq())).containsExactly(all.get(1).seq());
        assertThat(seqs("?status=503")).isEmpty();

        JsonNode filtered = SERVER.http().get(JOURNAL + "?status=404").json();
        assertThat(filtered.path("total").asLong()).as("total counts every request, not the filtered ones")
                .isEqualTo(5);
        assertThat(filtered.path("dropped").asLong()).isZero();
    }

    static Stream<Arguments> invalidAdminRequests() {
        return Stream.of(
                arguments("malformed JSON", "POST", SCENARIO, "{nope", List.of("the body must be JSON")),
                arguments("an unknown scenario name", "POST", SCENARIO, "{\"name\": \"http-50\"}",
                        List.of("unknown scenario 'http-50'", "did you mean 'http-500'?")),
                arguments("a step with times 0", "POST", SCENARIO,
                        "{\"name\": \"bad\", \"steps\": [{\"error\": \"server-error\", \"times\": 0}]}",
                        List.of("steps[0]", "times must be at least 1 but was 0")),
                arguments("a step with an unknown error name", "POST", SCENARIO,
                        "{\"name\": \"bad\", \"steps\": [{\"error\": \"server-eror\"}]}",
                        List.of("unknown documented error 'server-eror'", "did you mean 'server-error'?")),
                arguments("a step with an unknown field", "POST", SCENARIO,
                        "{\"name\": \"bad\", \"steps\": [{\"error\": \"server-error\", \"crash\": 1}]}",
                        List.of("unknown field 'crash'", "valid fields: [")),
                arguments("since=yesterday", "GET", JOURNAL + "?since=yesterday", null,
                        List.of("since must be a sequence number", "ISO instant", "'yesterday'")),
                arguments("status=abc", "GET", JOURNAL + "?status=abc", null,
                        List.of("status must be a whole number", "'abc'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAdminRequests")
    void anInvalidAdminRequestIsAGraphShaped400SayingWhatIsWrong(String why, String method, String path, String body,
                                                                List<String> saying) {
        Reply reply = SERVER.http().send(method, path, body);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        GraphBodies.assertValid(GRAPH_ERROR, reply);
        assertThat(reply.error().path("code").asInt()).isEqualTo(100);
        assertThat(reply.error().path("message").asString()).startsWith("wamock admin: ").contains(saying);
        assertThat(SERVER.server().progress().name()).as("the active scenario is unchanged").isEqualTo("http-500");
    }

    @Test
    void anAdminTokenGuardsEveryAdminCallButHealth() {
        try (WamockServer guarded = WamockServer.builder().port(0).adminToken("fake-admin-token").start()) {
            Http client = Http.to(guarded);
            String[] admin = {"Authorization", "Bearer fake-admin-token"};

            for (String[] call : List.of(new String[] {"GET", "/__wamock/scenarios"}, new String[] {"GET", SCENARIO},
                    new String[] {"DELETE", SCENARIO}, new String[] {"POST", "/__wamock/reset"},
                    new String[] {"GET", JOURNAL}, new String[] {"DELETE", JOURNAL})) {
                Reply without = client.send(call[0], call[1], "");
                Reply wrong = client.send(call[0], call[1], "", "Authorization", "Bearer fake-other-token");
                Reply with = client.send(call[0], call[1], "", admin);

                assertThat(without.status()).as("%s %s without the admin token: %s", call[0], call[1], without)
                        .isEqualTo(401);
                GraphBodies.assertValid(GRAPH_ERROR, without);
                assertThat(without.error().path("message").asString()).contains("admin token");
                assertThat(wrong.status()).as("%s %s with another token", call[0], call[1]).isEqualTo(401);
                assertThat(with.status()).as("%s %s with the admin token: %s", call[0], call[1], with).isEqualTo(200);
            }
            Reply activate = client.send("POST", SCENARIO, "{\"name\": \"http-404\"}");
            assertThat(activate.status()).isEqualTo(401);
            assertThat(guarded.progress()).as("a refused activation changes nothing").isNull();
            assertThat(client.get("/__wamock/health").status()).as("health stays open").isEqualTo(200);
            assertThat(client.number("").status()).as("the endpoint takes its own tokens").isEqualTo(200);
        }
    }

    @Test
    void theJavaControlApiAndTheAdminApiShowTheSameState() {
        SERVER.server().use("quality-red");
        SERVER.http().number("?fields=quality_rating");
        SERVER.http().number("");
        assertThat(SERVER.http().get(SCENARIO).json().path("active").path("name").asString()).isEqualTo("quality-red");
        assertThat(adminProgress()).isEqualTo(SERVER.server().progress());

        SERVER.http().send("POST", SCENARIO, "{\"name\": \"from-file\"}");
        SERVER.http().number("");
        assertThat(SERVER.server().progress().name()).isEqualTo("from-file");
        assertThat(SERVER.server().progress().steps().get(0).answered()).isEqualTo(1);
        assertThat(adminProgress()).isEqualTo(SERVER.server().progress());

        SERVER.server().use(Scenario.named("java-dsl").describedAs("built in Java")
                .then(Step.state(dev.wamock.scenarios.AccountField.QUALITY_RATING, QualityRating.YELLOW)).build());
        assertThat(SERVER.http().number("?fields=quality_rating").json().path("quality_rating").asString()).isEqualTo("YELLOW");
        assertThat(adminProgress()).isEqualTo(SERVER.server().progress());
        assertThat(adminProgress().description()).isEqualTo("built in Java");
        assertThat(adminJournal()).isEqualTo(SERVER.server().journal());

        SERVER.server().reset();
        assertThat(adminProgress().name()).isEqualTo("http-500");
        assertThat(adminJournal()).isEqualTo(SERVER.server().journal()).isEqualTo(Journal.empty());
    }

    @Test
    void theJournalJsonReadsBackIntoTheJournalRecord() {
        SERVER.http().get("/v23.0/" + NUMBER + "?fields=status,quality_rating&access_token=fake-query-token-1234");
        SERVER.http().graph("/v23.0/" + NUMBER, "X-Wamock-Scenario", "rate-limited-then-ok");
        SERVER.http().graph("/v23.0/999000111");
        SERVER.http().send("POST", "/v23.0/" + NUMBER, null, "Authorization", "Bearer " + Http.TOKEN);
        SERVER.http().graph("/nowhere");
        SERVER.http().get("/v23.0/" + NUMBER);

        Reply reply = SERVER.http().get(JOURNAL);
        Journal read = Mappers.JSON.readValue(reply.body(), Journal.class);

        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(read.entries()).hasSize(6);
        assertThat(read).isEqualTo(SERVER.server().journal());
        assertThat(read.timeline()).isEqualTo(SERVER.server().journal().timeline());
    }

    private static ScenarioProgress adminProgress() {
        Reply reply = SERVER.http().get(SCENARIO);
        assertThat(reply.status()).isEqualTo(200);
        return Mappers.JSON.treeToValue(reply.json().path("active"), ScenarioProgress.class);
    }

    private static Journal adminJournal() {
        return Mappers.JSON.readValue(SERVER.http().get(JOURNAL).body(), Journal.class);
    }

    private static List<Long> seqs(String query) {
        Reply reply = SERVER.http().get(JOURNAL + query);
        assertThat(reply.status()).as("GET %s%s: %s", JOURNAL, query, reply).isEqualTo(200);
        List<Long> seqs = new ArrayList<>();
        reply.json().path("entries").forEach(e -> seqs.add(e.path("seq").asLong()));
        return seqs;
    }
}
