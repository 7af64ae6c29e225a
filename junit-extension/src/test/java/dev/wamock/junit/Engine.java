package dev.wamock.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs {@link EngineFixture} classes through the Jupiter engine, as a user's build would. */
final class Engine {
    static final String FIXTURES_PARAMETER = "dev.wamock.junit.fixtures";

    private Engine() {
    }

    static EngineExecutionResults run(Class<?> fixture) {
        return run(fixture, Map.of());
    }

    static EngineExecutionResults run(Class<?> fixture, Map<String, String> configuration) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(FIXTURES_PARAMETER, "run")
                .configurationParameters(configuration)
                .selectors(selectClass(fixture))
                .execute();
    }

    /** What failed, tests and containers alike, in order. */
    static List<Throwable> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(Engine::throwable)
                .toList();
    }

    /** The one failure of the run; fails when there is none or more than one. */
    static Throwable onlyFailure(EngineExecutionResults results) {
        List<Throwable> failures = failures(results);
        if (failures.size() != 1) {
            throw new AssertionError("expected exactly one failure but got " + failures.size() + ": " + failures);
        }
        return failures.get(0);
    }

    private static Throwable throwable(Event event) {
        return event.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow(() -> new AssertionError("failed event without a throwable: " + event));
    }
}
