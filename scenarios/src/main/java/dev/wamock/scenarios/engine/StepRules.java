package dev.wamock.scenarios.engine;

import dev.wamock.scenarios.Scope;
import dev.wamock.scenarios.Trigger;
import dev.wamock.scenarios.When;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How a {@link ScenarioRun} reads a step's rules against a request: its {@link When} conditions, the {@link Scope}
 * it counts under, its {@link Trigger} (count, clock window, seeded probability).
 */
final class StepRules {
    private StepRules() {
    }

    /** Whether {@code request} meets every condition {@code when} gives. */
    static boolean matches(When when, RequestFacts request) {
        return when.routeOrDefault().equals(request.route())
                && (when.number() == null || when.number().equals(request.numberId()))
                && (when.version() == null || when.version().equals(request.version()))
                && request.fields().containsAll(when.fields());
    }

    /** The key requests are counted under in {@code scope}. */
    static String keyOf(Scope scope, RequestFacts request) {
        return switch (scope) {
            case GLOBAL -> "";
            case TOKEN -> request.token() == null ? "" : request.token();
            case NUMBER -> request.numberId();
        };
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
