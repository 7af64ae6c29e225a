package dev.wamock.junit.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import java.util.List;

/**
 * A session of a running server that knows the test class's own scenarios (of {@code scenarioFiles} and the
 * builder's {@code scenarios(…)}), which that server was not started with: {@code use("name")} of one of them sends
 * it whole; any other name is the server's to know.
 */
final class SessionWithTestScenarios implements WamockControl {
    private final WamockControl session;
    private final List<Scenario> scenarios;

    SessionWithTestScenarios(WamockControl session, List<Scenario> scenarios) {
        this.session = session;
        this.scenarios = List.copyOf(scenarios);
    }

    @Override
    public void use(String scenarioName) {
        Scenario own = scenarios.stream().filter(s -> s.name().equals(scenarioName)).findFirst().orElse(null);
        if (own != null) {
            session.use(own);
        } else {
            session.use(scenarioName);
        }
    }

    @Override
    public String baseUrl() {
        return session.baseUrl();
    }

    @Override
    public void use(Scenario scenario) {
        session.use(scenario);
    }

    @Override
    public void reset() {
        session.reset();
    }

    @Override
    public Journal journal() {
        return session.journal();
    }

    @Override
    public void clearJournal() {
        session.clearJournal();
    }

    @Override
    public ScenarioProgress progress() {
        return session.progress();
    }

    @Override
    public WamockClock clock() {
        return session.clock();
    }

    @Override
    public String toString() {
        return session.toString();
    }
}
