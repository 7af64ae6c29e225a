package dev.wamock.server;

import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.AccountField;
import dev.wamock.scenarios.AccountNumber;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.NumberStatus;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.ServerClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers alive in one JVM at once share nothing a test can see: not a port, journal, scenario, clock or option. */
class ServerIsolationTest {
    private static final String PATH = "/v23.0/" + NUMBER;

    @Test
    void eachServerJournalsOnlyTheRequestsSentToIt() {
        try (WamockServer a = WamockServer.start(); WamockServer b = WamockServer.start()) {
            Http.to(a).number("");
            Http.to(a).number("");
            Http.to(b).number("?fields=id");

            assertThat(a.port()).isNotEqualTo(b.port());
            assertThat(a.journal().entries()).hasSize(2).allSatisfy(e -> assertThat(e.query()).isNull());
            assertThat(b.journal().entries()).singleElement().satisfies(e -> assertThat(e.query()).isEqualTo("fields=id"));
        }
    }

    @Test
    void aScenarioAndItsCountsBelongToTheServerItWasActivatedOn() {
        try (WamockServer a = WamockServer.start(); WamockServer b = WamockServer.start()) {
            a.use(Scenario.of("fail-once", Step.error("server-error").times(1), Step.passThrough()));

            assertThat(Http.to(b).number("").status()).isEqualTo(200);
            assertThat(Http.to(a).number("").status()).isEqualTo(500);
            assertThat(Http.to(a).number("").status()).isEqualTo(200);
            assertThat(b.progress()).isNull();
        }
    }

    @Test
    void theClockOfOneServerMovesAlone() {
        try (WamockServer a = WamockServer.start(); WamockServer b = WamockServer.start()) {
            a.clock().manual().advance(Duration.ofHours(3));

            assertThat(ServerClock.of(b).isManual()).isFalse();
            assertThat(Duration.ofNanos(ServerClock.of(a).nanos() - ServerClock.of(b).nanos())).isGreaterThan(Duration.ofHours(2));
        }
    }

    @Test
    void twoServersKnowingTheSameNumberDifferentlyEachAnswerWithTheirOwn() {
        AccountNumber flagged = Fixtures.defaults().find(NUMBER).orElseThrow().with(AccountField.STATUS, NumberStatus.FLAGGED);
        try (WamockServer a = WamockServer.start();
             WamockServer b = WamockServer.builder().fixtures(Fixtures.of(List.of(flagged))).start()) {
            for (int round = 0; round < 2; round++) { // the second round after each body was rendered once
                assertThat(Http.to(a).number("?fields=status").body()).isEqualTo("{\"status\":\"CONNECTED\",\"id\":\"" + NUMBER + "\"}");
                assertThat(Http.to(b).number("?fields=status").body()).isEqualTo("{\"status\":\"FLAGGED\",\"id\":\"" + NUMBER + "\"}");
            }
        }
    }

    @Test
    void optionsApplyOnlyToTheServerBuiltWithThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.jsonl");
        try (WamockServer a = WamockServer.builder().requireToken("fake-only-token").adminToken("fake-admin")
                        .profile(Profile.GRAPH_OBSERVED).journalFile(file).start();
             WamockServer b = WamockServer.builder().host("localhost").start()) {
            assertThat(Http.to(a).get(PATH, "Authorization", "Bearer other").status()).isIn(400, 401); // the profile decides which
            assertThat(Http.to(b).get(PATH, "Authorization", "Bearer other").status()).isEqualTo(200);
            assertThat(Http.to(a).get("/__wamock/journal").status()).isEqualTo(401);
            assertThat(Http.to(b).get("/__wamock/journal").status()).isEqualTo(200);
            assertThat(a.options().profile().profile()).isEqualTo(Profile.GRAPH_OBSERVED);
            assertThat(b.options().profile().profile()).isEqualTo(Profile.DOCUMENTED);
            assertThat(b.baseUrl()).startsWith("http://localhost:");
        }
        assertThat(Files.readAllLines(file)).hasSize(1); // a's one Graph request (admin calls are not journaled), none of b's
    }

    @Test
    void aClosedServersPortRefusesConnectionsWhileTheOthersKeepServing() {
        WamockServer closed = WamockServer.start();
        try (WamockServer open = WamockServer.start()) {
            Http.to(closed).number("");
            int port = closed.port();
            closed.close();

            assertThat(RawHttp.once(port, RawHttp.get(RawHttp.ENDPOINT), 2_000).kind()).isEqualTo(RawHttp.Kind.REFUSED);
            assertThat(Http.to(open).number("").status()).isEqualTo(200);
            assertThat(open.journal().entries()).hasSize(1);
            assertThat(closed.journalEntriesLost()).isZero();
        }
    }

    @Test
    void manyServersStartAndStopOneAfterTheOtherWithoutLeakingThreads() {
        int before = Thread.activeCount();
        for (int i = 0; i < 50; i++) {
            try (WamockServer server = WamockServer.start()) {
                assertThat(Http.to(server).number("").status()).isEqualTo(200);
            }
        }
        assertThat(Thread.activeCount()).as("live threads after 50 servers").isLessThan(before + 20);
    }
}
