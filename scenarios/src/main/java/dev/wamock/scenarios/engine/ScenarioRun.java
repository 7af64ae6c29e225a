package dev.wamock.scenarios.engine;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.Scope;
import dev.wamock.scenarios.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One activation of a {@link Scenario}: its counts so far and the choice of step for each request.
 * Thread-safe and exact: the choice and the count happen under one lock, so 50 parallel clients on
 * "fail 2 times" see exactly 2 failures in total (or 2 each, with {@link Scope#TOKEN}). Seeded
 * triggers and delays draw from per-step generators in request order, so runs repeat.
 */
public final class ScenarioRun {
    private static final String RETRY_AFTER = "retry-after";
    private final Scenario scenario;
    private final MockClock clock;
    private final long startNanos;
    private final Map<String, Long> used = new HashMap<>();
    private final Map<String, Long> matched = new HashMap<>();
    private final long[] answered;
    private final long[] usedGlobal;
    private final long[] matchedGlobal;
    private final SplittableRandom[] triggerRandom;
    private final SplittableRandom[] delayRandom;
    private final RateLimiter[] limiters;
    private final Decision passThrough;

    /** A fresh run of {@code scenario}, on a clock of its own that follows real time. */
    public ScenarioRun(Scenario scenario) {
        this(scenario, new MockClock());
    }

    /** A fresh run of {@code scenario} whose windows, delays and clock triggers follow {@code clock}. */
    public ScenarioRun(Scenario scenario, MockClock clock) {
        this.scenario = scenario;
        this.clock = clock;
        this.startNanos = clock.nanos();
        this.passThrough = Decision.passThrough(scenario.name());
        int n = scenario.steps().size();
        this.answered = new long[n];
        this.usedGlobal = new long[n];
        this.matchedGlobal = new long[n];
        this.triggerRandom = new SplittableRandom[n];
        this.delayRandom = new SplittableRandom[n];
        this.limiters = new RateLimiter[n];
        for (int i = 0; i < n; i++) {
            Step s = scenario.steps().get(i);
            triggerRandom[i] = s.trigger() == null ? null : StepRules.newRandom(s.trigger());
            delayRandom[i] = new SplittableRandom(s.trigger() == null || s.trigger().seed() == null ? i : s.trigger().seed() + i);
            limiters[i] = s.answer() instanceof Answer.RateLimit r ? new RateLimiter(r) : null;
        }
    }

    /** The scenario this run plays. */
    public Scenario scenario() {
        return scenario;
    }

    /** Picks the step that answers {@code request} and counts it; {@link Decision#passThrough()} if none. */
    public synchronized Decision decide(RequestFacts request) {
        Decision d = tryDecide(request);
        if (d == null && scenario.cycle() && scenario.steps().stream().anyMatch(s -> StepRules.matches(s.when(), request))) {
            used.clear();
            matched.clear();
            java.util.Arrays.fill(usedGlobal, 0);
            java.util.Arrays.fill(matchedGlobal, 0);
            d = tryDecide(request);
        }
        return d == null ? passThrough : d;
    }

    private Decision tryDecide(RequestFacts request) {
        List<Step> steps = scenario.steps();
        Duration elapsed = Duration.ofNanos(clock.nanos() - startNanos);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!StepRules.matches(step.when(), request)) {
                continue;
            }
            boolean global = step.scope() == Scope.GLOBAL; // counted in arrays: nothing allocated under the lock
            String key = global ? null : i + "|" + StepRules.keyOf(step.scope(), request);
            long usedSoFar = global ? usedGlobal[i] : used.getOrDefault(key, 0L);
            if (step.times() != null && usedSoFar >= step.times()) {
                continue;
            }
            if (step.trigger() != null) {
                long count = global ? ++matchedGlobal[i] : matched.merge(key, 1L, Long::sum);
                if (!StepRules.fires(step.trigger(), count, elapsed, triggerRandom[i])) {
                    continue;
                }
            }
            if (global) {
                usedGlobal[i] = usedSoFar + 1;
            } else {
                used.put(key, usedSoFar + 1);
            }
            answered[i]++;
            Duration delay = step.delay() == null ? Duration.ZERO : step.delay().sample(delayRandom[i]);
            Answer answer = step.answer();
            Map<String, String> headers = Map.of();
            if (limiters[i] != null) {
                RateLimiter.Outcome outcome = limiters[i].admit(request, clock.nanos());
                answer = outcome.answer();
                headers = outcome.headers();
            } else if (answer instanceof Answer.Error e && e.retryAfter() != null) {
                headers = Map.of(RETRY_AFTER, e.retryAfter().headerValue(java.time.Instant.now()));
            }
            return new Decision(scenario.name(), i, step, answer, delay, step.slowBody(), step.fault(), headers);
        }
        return null;
    }

    /** The windows of this run's rate-limit steps, in step order (none when it has no such step). */
    public synchronized List<RateWindow> rateWindows() {
        List<RateWindow> windows = new ArrayList<>();
        for (int i = 0; i < limiters.length; i++) {
            if (limiters[i] != null) {
                windows.add(limiters[i].window(scenario.name(), i, clock.nanos()));
            }
        }
        return windows;
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
