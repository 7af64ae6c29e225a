package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The waits before retries do not grow as initial × factor^(n-1). */
public final class ShouldBackOffExponentially extends BasicErrorMessageFactory {

    private ShouldBackOffExponentially(Journal whole, String rule, String reason, Map<Long, String> notes) {
        super("%nExpecting the client to back off exponentially: %s%nbut %s%nJournal:%n%s", unquotedString(rule),
                unquotedString(reason), unquotedString(Timeline.of(whole, notes)));
    }

    public static ErrorMessageFactory neverRetried(Journal whole, Duration initial, double factor, double tolerance) {
        return new ShouldBackOffExponentially(whole, rule(initial, factor, tolerance),
                "it never retried (no request followed a failed answer for the same number)", Map.of());
    }

    /** {@code off}: each wrong wait with the wait expected of it, in nanoseconds. */
    public static ErrorMessageFactory of(Journal whole, Duration initial, double factor, double tolerance,
                                         Map<Waits.Wait, Double> off) {
        List<String> lines = off.entrySet().stream().map(e -> e.getKey().describe() + "; expected "
                + Timeline.ms(Math.round(e.getValue())) + " (" + Timeline.ms(Math.round(e.getValue() * (1 - tolerance)))
                + " to " + Timeline.ms(Math.round(e.getValue() * (1 + tolerance))) + ")").toList();
        return new ShouldBackOffExponentially(whole, rule(initial, factor, tolerance),
                "these waits were off:" + System.lineSeparator() + Timeline.indent(lines),
                Notes.offWaits(off.keySet()));
    }

    private static String rule(Duration initial, double factor, double tolerance) {
        return String.format(Locale.ROOT, "the n-th retry in a row waits %s × %s^(n-1), ± %s%%,"
                        + " counted from the failed answer (waits the server set with retry-after or"
                        + " estimated_time_to_regain_access are not counted)",
                Timeline.ms(initial.toNanos()), BigDecimalText.of(factor), BigDecimalText.of(tolerance * 100));
    }
}
