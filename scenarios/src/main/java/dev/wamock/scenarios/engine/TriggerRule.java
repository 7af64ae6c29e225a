package dev.wamock.scenarios.engine;

import dev.wamock.scenarios.Trigger;
import java.time.Duration;
import java.util.SplittableRandom;

/** How a {@link ScenarioRun} evaluates a step's {@link Trigger}: count, clock window, seeded probability. */
final class TriggerRule {
    private TriggerRule() {
    }

    /** A fresh generator for the trigger's {@code probability}; seeded, so runs repeat. */
    static SplittableRandom newRandom(Trigger trigger) {
        return new SplittableRandom(trigger.seed() == null ? 0 : trigger.seed());
    }

    /** Whether {@code t} fires for the {@code matchCount}-th matching request (1-based) at clock time {@code elapsed}. */
    static boolean fires(Trigger t, long matchCount, Duration elapsed, SplittableRandom random) {
        if (t.every() != null && matchCount % t.every() != 0) {
            return false;
        }
        if (t.from() != null && elapsed.compareTo(t.from()) < 0) {
            return false;
        }
        if (t.until() != null && elapsed.compareTo(t.until()) >= 0) {
            return false;
        }
        return t.probability() == null || random.nextDouble() < t.probability();
    }
}
