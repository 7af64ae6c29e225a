package dev.wamock.scenarios.internal;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Scope;
import dev.wamock.scenarios.Step;

/**
 * How many requests a scenario takes, from fresh counts, until one gets a 200 with the right body. Internal.
 * Known only for scenarios whose steps count every request alike (no {@code when}, no trigger, global
 * scope): for others the answer depends on the traffic.
 */
public final class Attempts {
    private Attempts() {
    }

    /** The 1-based number of the first request answered with a correct 200; null when none is, or unknown. */
    public static Integer toSucceed(Scenario scenario) {
        int before = 0;
        for (Step step : scenario.steps()) {
            if (!step.when().isAny() || step.trigger() != null || step.scope() != Scope.GLOBAL) {
                return null;
            }
            if (succeeds(step)) {
                return before + 1;
            }
            if (step.times() == null) {
                return null;
            }
            before += step.times();
        }
        return scenario.cycle() ? null : before + 1; // every step used up: the next request passes through
    }

    /**
     * A step whose answer is a 200 with the number's data: a pass, a state or a rate limit's first call, with
     * no fault (a delay or a slow body only make it late).
     */
    private static boolean succeeds(Step step) {
        return step.fault() == null && (step.answer() instanceof Answer.Pass || step.answer() instanceof Answer.State
                || step.answer() instanceof Answer.RateLimit);
    }
}
