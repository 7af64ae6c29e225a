package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.wamock.scenarios.engine.Durations;
import java.time.Duration;

/**
 * When a matching request makes a step fire. Unset parts do not restrict; all set parts must hold.
 * A step that does not fire is skipped (the next step is asked) and does not use up its {@code times}.
 *
 * @param every       fire on every N-th matching request (the N-th, 2N-th, …)
 * @param probability fire with this probability, drawn from a generator seeded with {@code seed}, so
 *                    the same seed and the same requests give the same outcomes
 * @param from        fire only from this time on the scenario's clock (since activation)
 * @param until       fire only before this time on the clock: {@code from}..{@code until} is an outage
 */
public record Trigger(Integer every, Double probability, Long seed, Duration from, Duration until) {

    /**
     * Checks the parts given.
     *
     * @throws IllegalArgumentException when {@code every} is below 1, {@code probability} is outside 0..1, or {@code
     * until} is not later than {@code from}
     */
    public Trigger {
        if (every != null && every < 1) {
            throw new IllegalArgumentException("every must be at least 1 but was " + every);
        }
        if (probability != null && (probability < 0 || probability > 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1 but was " + probability);
        }
        if (from != null && until != null && until.compareTo(from) <= 0) {
            throw new IllegalArgumentException("until (" + until + ") must be later than from (" + from + ")");
        }
    }

    @JsonCreator
    static Trigger fromJson(@JsonProperty("every") Integer every, @JsonProperty("probability") Double probability,
                            @JsonProperty("seed") Long seed, @JsonProperty("from") String from,
                            @JsonProperty("until") String until) {
        return new Trigger(every, probability, seed, from == null ? null : Durations.parse(from),
                until == null ? null : Durations.parse(until));
    }

    /** Fires on every {@code n}-th matching request (the n-th, 2n-th, …). */
    public static Trigger everyNth(int n) {
        return new Trigger(n, null, null, null, null);
    }

    /** Fires with probability {@code p}, drawn from a generator seeded with {@code seed}, so runs repeat. */
    public static Trigger probability(double p, long seed) {
        return new Trigger(null, p, seed, null, null);
    }

    /** An outage window on the scenario's clock: fires from {@code from} until {@code until}. */
    public static Trigger window(Duration from, Duration until) {
        return new Trigger(null, null, null, from, until);
    }

    /** The trigger as files write it. */
    @JsonValue
    java.util.Map<String, Object> toJson() {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        if (every != null) {
            out.put("every", every);
        }
        if (probability != null) {
            out.put("probability", probability);
        }
        if (seed != null) {
            out.put("seed", seed);
        }
        if (from != null) {
            out.put("from", Durations.format(from));
        }
        if (until != null) {
            out.put("until", Durations.format(until));
        }
        return out;
    }
}
