package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.client.WamockClient;
import dev.wamock.client.contract.SessionStories;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.ServerFixture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Url mode ({@code -Dwamock.url}): 50 tests run at once against one server, each in a session of its own, and each
 * sees exactly its own story and its own requests; the same tests on the server's one default session do not.
 */
class UrlModeParallelTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();
    private static final int TESTS = 50;

    private static Map<String, String> concurrent() {
        Map<String, String> configuration = new HashMap<>(Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(TESTS)));
        configuration.put(WamockTest.URL_PROPERTY, SERVER.baseUrl());
        return configuration;
    }

    @Test
    void fiftyParallelTestsOnOneServerEachSeeOnlyTheirOwnStoryAndTheirSessionsAreDroppedAfter() {
        EngineExecutionResults results = Engine.run(FiftyInSessions.class, concurrent());

        results.testEvents().assertStatistics(s -> s.started(TESTS).succeeded(TESTS).failed(0));
        WamockClient client = WamockClient.connect(SERVER.baseUrl());
        assertThat(client.sessions()).as("every session dropped after its test").containsExactly("");
        assertThat(SERVER.server().journal().total()).as("the default session saw nothing").isZero();
    }

    @Test
    void theSameTestsOnTheServersOneDefaultSessionSeeEachOthersCountsAndRequests() {
        FiftyWithoutSessions.server = WamockClient.connect(SERVER.baseUrl());

        EngineExecutionResults results = Engine.run(FiftyWithoutSessions.class, concurrent());

        results.testEvents().assertStatistics(s -> s.started(TESTS).failed(TESTS));
        assertThat(Engine.failures(results)).extracting(Throwable::getMessage).allMatch(m -> m.contains("story "))
                .anyMatch(m -> m.contains("expected: " + SessionStories.STATUSES));
        assertThat(SERVER.server().journal().total()).as("every request on the default session").isEqualTo(TESTS * 7L);
        SERVER.server().reset();
    }

    static List<Integer> fifty() {
        return IntStream.rangeClosed(1, TESTS).boxed().toList();
    }

    @EngineFixture
    @WamockTest
    static class FiftyInSessions {
        private static CyclicBarrier allHere;

        @BeforeAll
        static void newBarrier() {
            allHere = new CyclicBarrier(TESTS);
        }

        @ParameterizedTest
        @MethodSource("dev.wamock.junit.UrlModeParallelTest#fifty")
        void story(int n, WamockHandle wamock) throws Exception {
            assertThat(wamock.baseUrl()).contains("/sessions/story-");
            SessionStories.run(n, wamock, allHere);
        }
    }

    /** The same stories, all on the server's default session. */
    @EngineFixture
    static class FiftyWithoutSessions {
        static WamockControl server;
        private static CyclicBarrier allHere;

        @BeforeAll
        static void newBarrier() {
            allHere = new CyclicBarrier(TESTS);
        }

        @ParameterizedTest
        @MethodSource("dev.wamock.junit.UrlModeParallelTest#fifty")
        void story(int n) throws Exception {
            SessionStories.run(n, server, allHere);
        }
    }
}
