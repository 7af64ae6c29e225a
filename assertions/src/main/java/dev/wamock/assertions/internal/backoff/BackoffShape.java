package dev.wamock.assertions.internal.backoff;

import dev.wamock.assertions.internal.journal.Timeline;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;

/**
 * How long the n-th retry in a row should wait: exponential, linear or constant. Each wait must fall
 * in its range (the expected wait ± tolerance, plus the slack) and, so that the shape shows, each wait
 * must be to the one before it as the expected waits are, within {@link #RATIO_TOLERANCE}. Internal.
 *
 * @param name     {@code exponentially}, {@code linearly}, {@code at a constant pace}
 * @param formula  the expected wait of the n-th retry, in words
 * @param growth   how each wait relates to the one before, in words
 * @param expected the expected wait of the n-th retry (1-based), in nanoseconds
 */
public record BackoffShape(String name, String formula, String growth, IntToDoubleFunction expected) {
    /** The most a wait's ratio to the one before may differ from the expected ratio: 1.25× either way. */
    public static final double RATIO_TOLERANCE = 0.25;

    /** {@code initial × factor^(n-1)}. */
    public static BackoffShape exponential(Duration initial, double factor) {
        positive(initial, "initial");
        if (!(factor >= 1) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("need factor >= 1 but got " + factor);
        }
        String f = plain(factor);
        return new BackoffShape("exponentially", Timeline.ms(initial.toNanos()) + " × " + f + "^(n-1)",
                "each wait is " + f + "× the one before", n -> initial.toNanos() * Math.pow(factor, n - 1));
    }

    /** {@code initial + (n-1) × step}. */
    public static BackoffShape linear(Duration initial, Duration step) {
        positive(initial, "initial");
        if (step == null || step.isNegative()) {
            throw new IllegalArgumentException("need step >= 0 but got " + step);
        }
        return new BackoffShape("linearly", Timeline.ms(initial.toNanos()) + " + (n-1) × " + Timeline.ms(step.toNanos()),
                "each wait is " + Timeline.ms(step.toNanos()) + " longer than the one before",
                n -> initial.toNanos() + (double) step.toNanos() * (n - 1));
    }

    /** {@code wait}, every time. */
    public static BackoffShape constant(Duration wait) {
        positive(wait, "wait");
        return new BackoffShape("at a constant pace", Timeline.ms(wait.toNanos()), "each wait is as long as the one before",
                n -> wait.toNanos());
    }

    /** The expected wait of the n-th retry in a row. */
    public double of(int n) {
        return expected.applyAsDouble(n);
    }

    /** The rule in words: {@code the n-th retry in a row waits 100.0 ms × 2^(n-1) ± 50% (+ up to 20.0 ms of slack), and …}. */
    public String rule(double tolerance, Duration slack) {
        return String.format(Locale.ROOT, "the n-th retry in a row waits %s ± %s%%%s, and %s (± %s%%)", formula,
                plain(tolerance * 100), slack.isZero() ? "" : " (+ up to " + Timeline.ms(slack.toNanos())
                        + " of slack)", growth, plain(RATIO_TOLERANCE * 100));
    }

    /** A number as short text: {@code 2}, {@code 1.5}, {@code 50}. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("need " + name + " > 0 but got " + d);
        }
    }

    /** A tolerance is a fraction of the expected wait: 0 (exact) up to, not including, 1. */
    public static void checkTolerance(double tolerance) {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("need 0 <= tolerance < 1 (a fraction of the expected wait, 0.5 = ±50%) but got "
                    + tolerance);
        }
    }
}
