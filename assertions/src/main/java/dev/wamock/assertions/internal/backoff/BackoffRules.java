package dev.wamock.assertions.internal.backoff;

import dev.wamock.assertions.internal.journal.Attempts;
import dev.wamock.assertions.internal.journal.Timeline;
import dev.wamock.scenarios.Journal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.assertj.core.error.ErrorMessageFactory;

/** The timing rules over {@link Waits}: each returns the failure message, or null. Internal. */
public final class BackoffRules {
    private BackoffRules() {
    }

    /**
     * Each retry's wait in its range ({@code shape} ± {@code tolerance}, plus up to {@code slack} more), and
     * each wait to the one before it as the shape says (± {@link BackoffShape#RATIO_TOLERANCE}), either wait
     * allowed to hold up to {@code slack} of the client's own work. The slack is one-sided: the client's work
     * between an answer and its next request only ever makes a wait look longer.
     */
    public static ErrorMessageFactory shape(Journal whole, Attempts attempts, BackoffShape shape, double tolerance,
                                            Duration slack) {
        BackoffShape.checkTolerance(tolerance);
        if (slack.isNegative()) {
            throw new IllegalArgumentException("need slack >= 0 but got " + slack);
        }
        List<List<Waits.Wait>> runs = Waits.runs(attempts);
        if (runs.isEmpty()) {
            return ShouldBackOff.neverRetried(whole, attempts, shape, tolerance, slack);
        }
        List<ShouldBackOff.Off> off = new ArrayList<>();
        List<ShouldBackOff.Ratio> ratios = new ArrayList<>();
        long s = slack.toNanos();
        for (List<Waits.Wait> run : runs) {
            Waits.Wait previous = null;
            for (Waits.Wait w : run) {
                if (serverSetWait(w).isPresent()) {
                    previous = null;
                    continue;
                }
                double expected = shape.of(w.inARow());
                if (w.nanos() < expected * (1 - tolerance) || w.nanos() > expected * (1 + tolerance) + s) {
                    off.add(new ShouldBackOff.Off(w, expected));
                }
                if (previous != null) {
                    double ratio = expected / shape.of(previous.inARow());
                    if (!ratioFits(previous.nanos(), w.nanos(), s, ratio)) {
                        ratios.add(new ShouldBackOff.Ratio(previous, w, ratio));
                    }
                }
                previous = w;
            }
        }
        return off.isEmpty() && ratios.isEmpty() ? null
                : ShouldBackOff.of(whole, attempts, shape, tolerance, slack, runs, off, ratios);
    }

    /** Whether waits up to {@code slack} shorter than {@code before} and {@code after} can have a ratio near {@code expected}. */
    private static boolean ratioFits(long before, long after, long slack, double expected) {
        if (before == 0) {
            return true; // no ratio to read; the range check judges a zero wait
        }
        double band = 1 + BackoffShape.RATIO_TOLERANCE;
        double lowest = Math.max(0, after - slack) / (double) before;
        double highest = before - slack <= 0 ? Double.POSITIVE_INFINITY : after / (double) (before - slack);
        return highest >= expected / band && lowest <= expected * band;
    }

    /** Every retry waited at least {@code minimum}. */
    public static ErrorMessageFactory atLeast(Journal whole, Attempts attempts, Duration minimum) {
        Map<Waits.Wait, String> tooSoon = new LinkedHashMap<>();
        Waits.retries(attempts).stream().filter(w -> w.nanos() < minimum.toNanos()).forEach(w -> tooSoon.put(w, ""));
        return tooSoon.isEmpty() ? null : ShouldWaitLonger.of(whole, attempts, "every retry to wait at least "
                + Timeline.ms(minimum.toNanos()) + " after the failed answer", tooSoon);
    }

    /** After a {@code retry-after} answer, the next request waited that long. */
    public static ErrorMessageFactory retryAfter(Journal whole, Attempts attempts) {
        Map<Waits.Wait, String> tooSoon = tooSoon(attempts, w -> RateLimitHeaders.retryAfter(w.before()),
                (w, asked) -> ", which asked for retry-after: " + RateLimitHeaders.header(w.before(),
                        RateLimitHeaders.RETRY_AFTER).orElse("?") + " (" + Timeline.ms(asked.toNanos()) + ")");
        return tooSoon.isEmpty() ? null : ShouldWaitLonger.of(whole, attempts, "the client to honour Retry-After: wait"
                + " at least the retry-after response header's time before its next request for the number", tooSoon);
    }

    /** After {@code estimated_time_to_regain_access} minutes, the next request waited that long. */
    public static ErrorMessageFactory regainAccess(Journal whole, Attempts attempts) {
        Map<Waits.Wait, String> tooSoon = tooSoon(attempts, w -> RateLimitHeaders.regainAccess(w.before()),
                (w, asked) -> ", which asked to regain access in " + asked.toMinutes() + " min ("
                        + Timeline.ms(asked.toNanos()) + ")");
        return tooSoon.isEmpty() ? null : ShouldWaitLonger.of(whole, attempts, "the client to wait out"
                + " estimated_time_to_regain_access (minutes, in the x-business-use-case-usage response header) before"
                + " its next request for the number", tooSoon);
    }

    /** The wait the server asked for after the answer {@code w} follows, if it asked. */
    static Optional<Duration> serverSetWait(Waits.Wait w) {
        return RateLimitHeaders.retryAfter(w.before()).or(() -> RateLimitHeaders.regainAccess(w.before()));
    }

    /** Each wait shorter than the server {@code asked}, with what it asked for in words. */
    private static Map<Waits.Wait, String> tooSoon(Attempts attempts, Function<Waits.Wait, Optional<Duration>> asked,
                                                   BiFunction<Waits.Wait, Duration, String> words) {
        Map<Waits.Wait, String> tooSoon = new LinkedHashMap<>();
        for (Waits.Wait w : Waits.all(attempts)) {
            asked.apply(w).filter(d -> w.nanos() < d.toNanos()).ifPresent(d -> tooSoon.put(w, words.apply(w, d)));
        }
        return tooSoon;
    }
}
