package dev.wamock.scenarios.engine;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Effect;
import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.SlowBody;
import dev.wamock.scenarios.Step;
import java.time.Duration;
import java.util.Map;

/**
 * The outcome of asking a {@link ScenarioRun} about a request: which scenario and step answer, how
 * ({@link Answer}), with which effects (delay, slow body, fault), and which extra headers to send
 * (rate-limit usage, {@code Retry-After}). {@code stepIndex} is -1 when no step applied.
 */
public record Decision(String scenario, int stepIndex, Step step, Answer answer, Duration delay,
                       SlowBody slowBody, Fault fault, Map<String, String> headers) {
    private static final Decision PASS = new Decision(null, -1, null, new Answer.Pass(), Duration.ZERO, null, null, Map.of());

    /** Normalises a missing delay to zero and copies the headers. */
    public Decision {
        delay = delay == null ? Duration.ZERO : delay;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** No scenario step applies. */
    public static Decision passThrough() {
        return PASS;
    }

    /** {@code scenario} was asked and none of its steps applied. */
    public static Decision passThrough(String scenario) {
        return new Decision(scenario, -1, null, new Answer.Pass(), Duration.ZERO, null, null, Map.of());
    }

    /** Whether a step of the scenario applied ({@code stepIndex} is 0 or more). */
    public boolean stepApplied() {
        return stepIndex >= 0;
    }

    /** The effects that fired, for the journal: a delay, a slow body, a fault, in that order. */
    public java.util.List<Effect> effects() {
        if (delay.isZero() && slowBody == null && fault == null) {
            return java.util.List.of();
        }
        java.util.List<Effect> out = new java.util.ArrayList<>(3);
        if (!delay.isZero()) {
            out.add(Effect.delay(delay));
        }
        if (slowBody != null) {
            out.add(Effect.slowBody(slowBody.chunks(), slowBody.over()));
        }
        if (fault != null) {
            out.add(Effect.fault(fault));
        }
        return out;
    }
}
