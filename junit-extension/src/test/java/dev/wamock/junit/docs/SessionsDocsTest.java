package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.wamock.client.WamockClient;
import dev.wamock.junit.WamockTest;
import dev.wamock.server.WamockServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * docs/junit.md's sessions example, run as the page says: with {@code wamock.url} and JUnit's parallel execution its
 * three invocations run at once in sessions of one server, and leave none behind; pointed at no server they fail,
 * so they did not run on servers of their own.
 */
class SessionsDocsTest {

    private static EngineExecutionResults run(String url) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(Map.of(WamockTest.URL_PROPERTY, url,
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent"))
                .selectors(selectClass(SessionsExampleTest.class))
                .execute();
    }

    @Test
    void thePagesExampleRunsInSessionsOfOneServerInParallel() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            run(server.baseUrl()).testEvents().assertStatistics(s -> s.started(3).succeeded(3));

            assertThat(WamockClient.connect(server.baseUrl()).sessions()).containsExactly("");
            assertThat(server.journal().total()).isZero();
        }
    }

    @Test
    void pointedAtNoServerItFailsSaying() {
        EngineExecutionResults results = run("http://127.0.0.1:1");

        results.testEvents().assertStatistics(s -> s.started(3).failed(3));
        assertThat(results.testEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage()))
                .allSatisfy(m -> assertThat(m).startsWith("wamock.url=http://127.0.0.1:1 points the tests of "));
    }
}
