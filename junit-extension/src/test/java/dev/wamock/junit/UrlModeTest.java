package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.client.WamockClient;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.ServerFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Url mode: {@code wamock.url} (or {@code url} on the annotation or the builder) gives each test a fresh session of a
 * running server instead of a server of its own. The server's default session is busy with a scenario and a request
 * of its own throughout; after each run it must hold just that, and no session may be left behind.
 */
class UrlModeTest {
    @TempDir
    static Path dir;
    /** The shared server; every request it answers, in any session, also goes to {@link #journalFile()}. */
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.with(b -> b.journalFile(journalFile()));
    private static WamockClient admin;
    static final List<String> URLS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void connect() {
        admin = WamockClient.connect(SERVER.baseUrl());
    }

    /** Proof that a fixture's requests went to the shared server. */
    private static Path journalFile() {
        return dir.resolve("journal.jsonl");
    }

    @BeforeEach
    void theDefaultSessionIsBusy() {
        URLS.clear();
        SERVER.server().reset();
        SERVER.server().use("http-500");
        assertThat(SERVER.http().number().status()).isEqualTo(500);
    }

    @AfterEach
    void theDefaultSessionIsUntouchedAndNoSessionIsLeft() {
        assertThat(SERVER.server().journal().entries()).extracting(JournalEntry::status).containsExactly(500);
        assertThat(SERVER.server().progress().name()).isEqualTo("http-500");
        assertThat(admin.sessions()).as("sessions left on the server").containsExactly("");
    }

    private static Map<String, String> urlMode() {
        return Map.of(WamockTest.URL_PROPERTY, SERVER.baseUrl());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {InjectionTest.FieldAndParameters.class, InjectionTest.ConstructorParameter.class})
    void theInjectionFixturesWithoutRequestsPassInUrlModeToo(Class<?> fixture) {
        EngineExecutionResults results = Engine.run(fixture, urlMode());

        assertThat(Engine.failures(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {InjectionTest.BothParameterTypes.class,
        InjectionTest.InheritedField.class, LifetimeTest.PerTest.class,
        LifetimeTest.PerClass.class, LifetimeTest.StaticField.class, ScenarioAnnotationTest.OnMethod.class,
        ScenarioAnnotationTest.OnClass.class, ScenarioAnnotationTest.FromFile.class, NestedTest.PerTestOuter.class,
        NestedTest.PerClassOuter.class, ScenarioSourceTest.AsScenarioAndName.class})
    void theFixturesOfTheOtherTestsPassInUrlModeTooOnTheSharedServer(Class<?> fixture) throws Exception {
        long before = lines(journalFile());

        EngineExecutionResults results = Engine.run(fixture, urlMode());

        assertThat(Engine.failures(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isPositive();
        long deadline = System.nanoTime() + 10_000_000_000L; // the journal file is written at least every second
        while (lines(journalFile()) == before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(lines(journalFile())).as("requests the shared server answered").isGreaterThan(before);
    }

    private static long lines(Path file) throws java.io.IOException {
        try (java.util.stream.Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    @Test
    void eachTestAndEachInvocationGetsASessionOfItsOwnNamedAfterItWithinTheIdRule() {
        Engine.run(RecordsItsUrl.class, urlMode()).testEvents().assertStatistics(s -> s.started(3).succeeded(3));

        assertThat(URLS).hasSize(3).doesNotHaveDuplicates().allSatisfy(url -> assertThat(url)
                .matches(java.util.regex.Pattern.quote(SERVER.baseUrl()) + "/sessions/(one|two)-[0-9a-f]{8}-\\d+"));
        assertThat(URLS.stream().map(u -> u.replaceAll(".*-([0-9a-f]{8})-\\d+$", "$1")).distinct())
                .as("one run tag").hasSize(1);
    }

    @Test
    void withoutTheSettingEachTestStillHasAServerOfItsOwn() {
        Engine.run(RecordsItsUrl.class).testEvents().assertStatistics(s -> s.started(3).succeeded(3));

        assertThat(URLS).hasSize(3).allSatisfy(url -> assertThat(url).doesNotContain("/sessions/")
                .doesNotStartWith(SERVER.baseUrl()));
    }

    @Test
    void aClassWithServerOptionsKeepsAServerOfItsOwnUnderTheSetting() {
        Engine.run(GraphObserved.class, urlMode()).testEvents().assertStatistics(s -> s.started(1).succeeded(1));

        assertThat(URLS).singleElement().satisfies(url -> assertThat(url).doesNotContain("/sessions/"));
    }

    @Test
    void theScenariosOfTheClassesFilesAreSentWholeToAServerThatDoesNotKnowThem() {
        Engine.run(ScenarioFromFile.class, urlMode()).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void theBuildersUrlGivesEachTestASession() {
        Engine.run(BuilderUrl.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));

        assertThat(URLS).singleElement().satisfies(url -> assertThat(url).startsWith(SERVER.baseUrl() + "/sessions/"));
    }

    @Test
    void anUnreachableUrlOnTheAnnotationFailsWithWhereItWasSetAndWhatToCheck() {
        assertThat(Engine.onlyFailure(Engine.run(Unreachable.class)))
                .hasMessageStartingWith("url = \"http://127.0.0.1:1\" points the tests of " + Unreachable.class.getName()
                        + " at a running wamock server, but wamock admin call GET http://127.0.0.1:1/__wamock/scenario failed")
                .hasMessageContaining("is a wamock server (java -jar wamock-server.jar, the container) running at");
    }

    @Test
    void aUrlOnTheAnnotationWithServerOptionsFailsAndNamesThem() {
        assertThat(Engine.onlyFailure(Engine.run(UrlWithServerOptions.class)))
                .hasMessageContaining("url = \"http://127.0.0.1:1\" gives each test of " + UrlWithServerOptions.class.getName()
                        + " a session of a server started elsewhere")
                .hasMessageContaining("it also sets requireToken = \"fake-token-1234\", profile = GRAPH_OBSERVED; start "
                        + "that server with them");
    }

    @Test
    void aServerWithAnAdminTokenIsReachedWithTheTokenSetting() {
        try (WamockServer guarded = WamockServer.builder().port(0).adminToken("fake-admin-token").start()) {
            Map<String, String> withToken = Map.of(WamockTest.URL_PROPERTY, guarded.baseUrl(), "wamock.admin-token",
                    "fake-admin-token");
            Engine.run(RecordsItsUrl.class, withToken).testEvents().assertStatistics(s -> s.started(3).succeeded(3));

            assertThat(Engine.failures(Engine.run(RecordsItsUrl.class, Map.of(WamockTest.URL_PROPERTY, guarded.baseUrl()))))
                    .isNotEmpty().allSatisfy(f -> assertThat(f).hasMessageContaining("answered 401")
                            .hasMessageContaining("WamockClient.connect(url, adminToken)"));
        }
    }

    @Test
    void aFailingTestsReportShowsItsSessionsJournalAlone() {
        Throwable failure = Engine.onlyFailure(Engine.run(FailsAfterTwoRequests.class, urlMode()));

        assertThat(failure.getSuppressed()).singleElement().satisfies(report -> assertThat(report.getMessage())
                .startsWith("wamock journal of this test (2 requests to " + SERVER.baseUrl() + "/sessions/fails-")
                .contains("#1 GET /v23.0/" + Http.NUMBER + " → 429", "#2 GET /v23.0/" + Http.NUMBER + " → 429")
                .doesNotContain("→ 500"));
    }

    @Test
    void aWamockBugInTheTestsSessionFailsTheTest() {
        Throwable failure = Engine.onlyFailure(Engine.run(RetriesPastABugInItsSession.class, urlMode()));

        assertThat(failure).hasMessageContaining("wamock itself failed while answering 1 request of this test")
                .hasMessageContaining(SERVER.baseUrl() + "/sessions/retries-");
        assertThat(failure.getCause()).hasMessageContaining("injected fault in a wamock handler");
    }

    @EngineFixture
    @WamockTest
    static class RecordsItsUrl {
        @Test
        void one(WamockHandle wamock) {
            record(wamock);
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void two(int n, WamockHandle wamock) {
            record(wamock);
        }

        static void record(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
            assertThat(wamock.journal().size()).isEqualTo(1);
            URLS.add(wamock.baseUrl());
        }
    }

    @EngineFixture
    @WamockTest(profile = Profile.GRAPH_OBSERVED)
    static class GraphObserved {
        @Test
        void unknownNumbersAreAnsweredAsProductionDoes(WamockHandle wamock) {
            assertThat(Http.to(wamock).graph("/v23.0/999").status()).isEqualTo(400);
            URLS.add(wamock.baseUrl());
        }
    }

    @EngineFixture
    @WamockTest(scenarioFiles = "/wamock/flaky.yaml")
    static class ScenarioFromFile {
        @Test
        @WamockScenario("flaky-from-file")
        void oneRateLimitThenTheNumber(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(429);
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
            wamock.use("flaky-from-file");
            assertThat(Http.to(wamock).number().status()).isEqualTo(429);
        }
    }

    /** Initialised by its run, when the shared server has started. */
    @EngineFixture
    static class BuilderUrl {
        @RegisterExtension
        static WamockExtension wamock = WamockExtension.builder().url(SERVER.baseUrl()).build();

        @Test
        void one(WamockHandle handle) {
            RecordsItsUrl.record(handle);
        }
    }

    @EngineFixture
    @WamockTest(url = "http://127.0.0.1:1")
    static class Unreachable {
        @Test
        void test(WamockHandle wamock) {
        }
    }

    @EngineFixture
    @WamockTest(url = "http://127.0.0.1:1", requireToken = Http.TOKEN, profile = Profile.GRAPH_OBSERVED)
    static class UrlWithServerOptions {
        @Test
        void test(WamockHandle wamock) {
        }
    }

    @EngineFixture
    @WamockTest
    static class FailsAfterTwoRequests {
        @Test
        @WamockScenario("http-429")
        void fails(WamockHandle wamock) {
            Http.to(wamock).number();
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
        }
    }

    @EngineFixture
    @WamockTest
    static class RetriesPastABugInItsSession {
        @Test
        void retries(WamockHandle wamock) {
            String id = wamock.baseUrl().substring(wamock.baseUrl().lastIndexOf('/') + 1);
            SERVER.server().session(id).use(Scenario.of("broken", Step.passThrough()
                    .withExtraFields(Map.of("boom", new WamockBugFailsTheTestTest.Exploding())).times(1), Step.passThrough()));
            Http.to(wamock).number(); // a 500: a retrying client tries again
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
        }
    }
}
