package dev.wamock.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One activation of a {@link Scenario}: its counts so far and the choice of step for each request.
 * Thread-safe and exact: the choice and the count happen under one lock, so 50 parallel clients on
 * "fail 2 times" see exactly 2 failures in total (or 2 each, with {@link Scope#TOKEN}).
 */
public final class ScenarioRun {
    private final Scenario scenario;
    private final long[] globalUsed;
    private final Map<String, Long> scopedUsed = new HashMap<>();
    private final long[] answered;

    public ScenarioRun(Scenario scenario) {
        this.scenario = scenario;
        this.globalUsed = new long[scenario.steps().size()];
        this.answered = new long[scenario.steps().size()];
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Picks the step that answers {@code request} and counts it; {@link Decision#passThrough()} if none. */
    public synchronized Decision decide(RequestFacts request) {
        Decision d = tryDecide(request);
        if (d == null && scenario.cycle() && anyMatches(request)) {
            java.util.Arrays.fill(globalUsed, 0);
            scopedUsed.clear();
            d = tryDecide(request);
        }
        return d == null ? Decision.passThrough() : d;
    }

    private Decision tryDecide(RequestFacts request) {
        List<Step> steps = scenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!step.when().matches(request)) {
                continue;
            }
            if (step.scope() == Scope.GLOBAL) {
                if (step.times() != null && globalUsed[i] >= step.times()) {
                    continue;
                }
                globalUsed[i]++;
            } else {
                String key = i + "|" + step.scope().keyOf(request);
                long used = scopedUsed.getOrDefault(key, 0L);
                if (step.times() != null && used >= step.times()) {
                    continue;
                }
                scopedUsed.put(key, used + 1);
            }
            answered[i]++;
            return new Decision(scenario.name(), i, step, step.answer());
        }
        return null;
    }

    private boolean anyMatches(RequestFacts request) {
        return scenario.steps().stream().anyMatch(s -> s.when().matches(request));
    }

    /** How many requests each step has answered so far. */
    public synchronized ScenarioProgress progress() {
        List<ScenarioProgress.StepProgress> steps = new ArrayList<>();
        for (int i = 0; i < scenario.steps().size(); i++) {
            Step s = scenario.steps().get(i);
            steps.add(new ScenarioProgress.StepProgress(i, s.describe(), s.times(), answered[i]));
        }
        return new ScenarioProgress(scenario.name(), scenario.description(), steps);
    }
}
