package dev.wamock.server.internal;

import dev.wamock.scenarios.BuiltInScenario;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.MockClock;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.ScenarioRun;
import dev.wamock.scenarios.internal.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which scenario answers a request, most specific first: the {@code X-Wamock-Scenario} header, a
 * magic number, the scenario activated through the Java or admin API, else none. Scenarios chosen
 * by header or magic number keep their counts per scenario name until {@link #reset()}.
 */
public final class ScenarioEngine {
    /** The request header that picks a scenario for that request. */
    public static final String HEADER = "X-Wamock-Scenario";

    private final Map<String, Scenario> known = new LinkedHashMap<>();
    private final String startScenario;
    private final Map<String, ScenarioRun> namedRuns = new ConcurrentHashMap<>();
    private final MockClock clock;
    private volatile ScenarioRun active;

    /**
     * The built-ins and {@code loaded}, with {@code startScenario} active (null: none), on {@code clock}.
     *
     * @throws IllegalArgumentException when a loaded scenario's name is already taken, or {@code startScenario} is
     * unknown
     */
    public ScenarioEngine(List<Scenario> loaded, String startScenario, MockClock clock) {
        this.clock = clock;
        BuiltInScenarios.all().forEach(b -> known.put(b.name(), b.scenario()));
        for (Scenario s : loaded) {
            if (known.containsKey(s.name())) {
                throw new IllegalArgumentException("scenario '" + s.name() + "' is already defined"
                        + (BuiltInScenarios.find(s.name()).isPresent() ? " as a built-in" : "") + "; rename it");
            }
            known.put(s.name(), s);
        }
        this.startScenario = startScenario;
        reset();
    }

    /** The scenario of this name; an unknown name fails with the closest one and the list. */
    public Scenario resolve(String name) {
        Scenario s = known.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown scenario '" + name + "'"
                    + Suggestions.didYouMean(name, known.keySet()) + "; see GET /__wamock/scenarios for the "
                    + known.size() + " known ones");
        }
        return s;
    }

    /** Built-ins first, then loaded ones, each with its magic number (null for loaded ones). */
    public List<BuiltInScenario> catalogue() {
        List<BuiltInScenario> all = new ArrayList<>(BuiltInScenarios.all());
        known.values().stream().filter(s -> BuiltInScenarios.find(s.name()).isEmpty())
                .forEach(s -> all.add(new BuiltInScenario(s, null)));
        return all;
    }

    /** Activates {@code scenario} with fresh counts. */
    public void use(Scenario scenario) {
        active = new ScenarioRun(scenario, clock);
    }

    /**
     * Activates the known scenario of this name with fresh counts.
     *
     * @throws IllegalArgumentException for an unknown name, with the closest one
     */
    public void use(String name) {
        use(resolve(name));
    }

    /** No scenario is active from now on (header and magic-number scenarios still apply). */
    public void deactivate() {
        active = null;
    }

    /** The start scenario (or none) with fresh counts; header and magic-number counts forgotten. */
    public void reset() {
        namedRuns.clear();
        active = startScenario == null ? null : new ScenarioRun(resolve(startScenario), clock);
    }

    /** How far the active scenario has run, or null when none is active. */
    public ScenarioProgress progress() {
        ScenarioRun run = active;
        return run == null ? null : run.progress();
    }

    /** The run that decides this request, or null for plain data-driven behaviour. */
    public ScenarioRun select(String headerScenario, String numberId) {
        if (headerScenario != null && !headerScenario.isBlank()) {
            Scenario s = resolve(headerScenario.strip());
            return namedRuns.computeIfAbsent(s.name(), n -> new ScenarioRun(s, clock));
        }
        if (numberId != null) {
            BuiltInScenario magic = BuiltInScenarios.byMagicNumber(numberId).orElse(null);
            if (magic != null) {
                return namedRuns.computeIfAbsent(magic.name(), n -> new ScenarioRun(magic.scenario(), clock));
            }
        }
        return active;
    }
}
