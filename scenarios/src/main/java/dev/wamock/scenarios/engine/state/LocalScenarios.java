package dev.wamock.scenarios.engine.state;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.MockClock;
import dev.wamock.scenarios.engine.RateWindow;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.ScenarioRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenario part of a session held in this JVM: the active run and the runs picked by header or magic number,
 * all on one clock. The in-memory store uses it directly; a shared store replays its ordered log of changes into one,
 * so every replica computes the same decisions.
 */
public final class LocalScenarios {
    private final ScenarioCatalogue catalogue;
    private final String startScenario;
    private final MockClock clock;
    private final Map<String, ScenarioRun> namedRuns = new ConcurrentHashMap<>();
    private volatile ScenarioRun active;

    /** Scenarios of {@code catalogue}, {@code startScenario} active (null: none), on {@code clock}. */
    public LocalScenarios(ScenarioCatalogue catalogue, String startScenario, MockClock clock) {
        this.catalogue = catalogue;
        this.startScenario = startScenario;
        this.clock = clock;
        reset();
    }

    /** The scenarios known by name. */
    public ScenarioCatalogue catalogue() {
        return catalogue;
    }

    /** Activates {@code scenario} with fresh counts. */
    public void use(Scenario scenario) {
        active = new ScenarioRun(scenario, clock);
    }

    /** No scenario is active from now on. */
    public void deactivate() {
        active = null;
    }

    /** The start scenario (or none) with fresh counts; header and magic-number counts forgotten. */
    public void reset() {
        namedRuns.clear();
        active = startScenario == null ? null : new ScenarioRun(catalogue.resolve(startScenario), clock);
    }

    /** How far the active scenario has run, or null when none is active. */
    public ScenarioProgress progress() {
        ScenarioRun run = active;
        return run == null ? null : run.progress();
    }

    /** The rate-limit windows of the active run, then of the runs picked by header or magic number (by name). */
    public List<RateWindow> rateWindows() {
        List<RateWindow> windows = new ArrayList<>();
        ScenarioRun run = active;
        if (run != null) {
            windows.addAll(run.rateWindows());
        }
        new TreeMap<>(namedRuns).values().forEach(r -> windows.addAll(r.rateWindows()));
        return windows;
    }

    /**
     * Counts {@code request} in the run that answers it; see {@link SessionState#decide}.
     *
     * @return the decision, or null when no scenario applies
     */
    public Decision decide(String headerScenario, RequestFacts request) {
        ScenarioRun run = select(headerScenario, request.numberId());
        return run == null ? null : run.decide(request);
    }

    private ScenarioRun select(String headerScenario, String numberId) {
        if (headerScenario != null && !headerScenario.isBlank()) {
            Scenario s = catalogue.resolve(headerScenario.strip());
            return namedRuns.computeIfAbsent(s.name(), n -> new ScenarioRun(s, clock));
        }
        CatalogueEntry magic = BuiltInScenarios.byMagicNumber(numberId).orElse(null);
        if (magic != null) {
            return namedRuns.computeIfAbsent(magic.name(), n -> new ScenarioRun(magic.scenario(), clock));
        }
        return active;
    }
}
