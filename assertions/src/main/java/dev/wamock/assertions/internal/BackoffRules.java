package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.error.ErrorMessageFactory;

/** The timing rules over {@link Waits}: each returns the failure message, or null. Internal. */
public final class BackoffRules {
    private BackoffRules() {
    }

    public static ErrorMessageFactory exponential(Journal whole, Journal journal, Duration initial, double factor,
                                                  double tolerance) {
        if (initial.isNegative() || initial.isZero() || factor < 1 || tolerance < 0 || tolerance >= 1) {
            throw new IllegalArgumentException("need initial > 0, factor >= 1 and 0 <= tolerance < 1 but got "
                    + initial + ", " + factor + ", " + tolerance);
        }
        List<Waits.Wait> retries = Waits.retries(journal);
        if (retries.isEmpty()) {
            return ShouldBackOffExponentially.neverRetried(whole, initial, factor, tolerance);
        }
        Map<Waits.Wait, Double> off = new LinkedHashMap<>();
        for (Waits.Wait w : retries) {
            if (serverSetWait(w).isPresent()) {
                continue;
            }
            double expected = initial.toNanos() * Math.pow(factor, w.inARow() - 1);
            if (Math.abs(w.nanos() - expected) > tolerance * expected) {
                off.put(w, expected);
            }
        }
        return off.isEmpty() ? null : ShouldBackOffExponentially.of(whole, initial, factor, tolerance, off);
    }

    public static ErrorMessageFactory atLeast(Journal whole, Journal journal, Duration minimum) {
        List<Waits.Wait> tooSoon = Waits.retries(journal).stream().filter(w -> w.nanos() < minimum.toNanos()).toList();
        return tooSoon.isEmpty() ? null : ShouldWaitAtLeast.of(whole, minimum, tooSoon);
    }

    public static ErrorMessageFactory retryAfter(Journal whole, Journal journal) {
        Map<Waits.Wait, Duration> tooSoon = tooSoon(journal, w -> RateLimitHeaders.retryAfter(w.before()));
        return tooSoon.isEmpty() ? null : ShouldHonourRetryAfter.of(whole, tooSoon);
    }

    public static ErrorMessageFactory regainAccess(Journal whole, Journal journal) {
        Map<Waits.Wait, Duration> tooSoon = tooSoon(journal, w -> RateLimitHeaders.regainAccess(w.before()));
        return tooSoon.isEmpty() ? null : ShouldWaitForRegainAccess.of(whole, tooSoon);
    }

    private static Optional<Duration> serverSetWait(Waits.Wait w) {
        return RateLimitHeaders.retryAfter(w.before()).or(() -> RateLimitHeaders.regainAccess(w.before()));
    }

    private static Map<Waits.Wait, Duration> tooSoon(Journal journal, Function<Waits.Wait, Optional<Duration>> asked) {
        Map<Waits.Wait, Duration> tooSoon = new LinkedHashMap<>();
        for (Waits.Wait w : Waits.all(journal)) {
            asked.apply(w).filter(d -> w.nanos() < d.toNanos()).ifPresent(d -> tooSoon.put(w, d));
        }
        return tooSoon;
    }
}
