package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.wamock.scenarios.engine.Durations;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A delay before the response: {@code fixed: 100ms}, {@code uniform: [50ms, 200ms]}, or
 * {@code lognormal: {median: 80ms, sigma: 0.6, cap: 2s}} (heavy-tailed, like real latency).
 */
public record Delay(Kind kind, Duration min, Duration max, double sigma) {

    /** The shape of the delay. */
    public enum Kind {
        /** Always {@code min} (equal to {@code max}). */
        FIXED,
        /** Uniformly between {@code min} and {@code max}. */
        UNIFORM,
        /** Log-normal with median {@code min} and shape {@code sigma}, capped at {@code max}. */
        LOGNORMAL
    }

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException unless {@code 0 <= min <= max}
     */
    public Delay {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("a delay needs 0 <= min <= max but had " + min + ".." + max);
        }
    }

    /** Always {@code d}. */
    public static Delay fixed(Duration d) {
        return new Delay(Kind.FIXED, d, d, 0);
    }

    /** Uniformly between {@code min} and {@code max}, both included. */
    public static Delay uniform(Duration min, Duration max) {
        return new Delay(Kind.UNIFORM, min, max, 0);
    }

    /** Log-normal around {@code median} with shape {@code sigma}, never above {@code cap}. */
    public static Delay logNormal(Duration median, double sigma, Duration cap) {
        if (cap.compareTo(median) < 0) {
            throw new IllegalArgumentException("a log-normal delay needs cap >= median but had median " + median + ", cap " + cap);
        }
        return new Delay(Kind.LOGNORMAL, median, cap, sigma);
    }

    @JsonCreator
    static Delay fromJson(@JsonProperty("fixed") String fixed, @JsonProperty("uniform") List<String> uniform,
                          @JsonProperty("lognormal") Map<String, Object> lognormal) {
        int kinds = (fixed != null ? 1 : 0) + (uniform != null ? 1 : 0) + (lognormal != null ? 1 : 0);
        if (kinds != 1) {
            throw new IllegalArgumentException("a delay needs exactly one of fixed, uniform or lognormal");
        }
        if (fixed != null) {
            return fixed(Durations.parse(fixed));
        }
        if (uniform != null) {
            if (uniform.size() != 2) {
                throw new IllegalArgumentException("uniform needs [min, max], e.g. [50ms, 200ms]");
            }
            return uniform(Durations.parse(uniform.get(0)), Durations.parse(uniform.get(1)));
        }
        Object median = lognormal.get("median");
        Object cap = lognormal.get("cap");
        Object sigma = lognormal.get("sigma");
        if (median == null || cap == null || !(sigma instanceof Number)) {
            throw new IllegalArgumentException("lognormal needs median, sigma and cap, e.g. {median: 80ms, sigma: 0.6, cap: 2s}");
        }
        return logNormal(Durations.parse(median.toString()), ((Number) sigma).doubleValue(), Durations.parse(cap.toString()));
    }

    @JsonValue
    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (kind) {
            case FIXED -> out.put("fixed", Durations.format(min));
            case UNIFORM -> out.put("uniform", List.of(Durations.format(min), Durations.format(max)));
            default -> {
                Map<String, Object> shape = new LinkedHashMap<>();
                shape.put("median", Durations.format(min));
                shape.put("sigma", sigma);
                shape.put("cap", Durations.format(max));
                out.put("lognormal", shape);
            }
        }
        return out;
    }

    /** One delay drawn from the shape. */
    public Duration sample(SplittableRandom random) {
        return switch (kind) {
            case FIXED -> min;
            case UNIFORM -> Duration.ofNanos(min.toNanos() + (long) (random.nextDouble() * (max.toNanos() - min.toNanos())));
            case LOGNORMAL -> {
                double nanos = min.toNanos() * Math.exp(sigma * gaussian(random));
                yield Duration.ofNanos((long) Math.min(nanos, max.toNanos()));
            }
        };
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
