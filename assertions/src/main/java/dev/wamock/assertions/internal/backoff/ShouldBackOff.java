package dev.wamock.assertions.internal.backoff;

import dev.wamock.assertions.internal.journal.Attempts;
import dev.wamock.assertions.internal.journal.EntryFacts;
import dev.wamock.assertions.internal.journal.Timeline;
import dev.wamock.scenarios.Journal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The waits before retries do not follow the asserted shape (exponential, linear, constant). */
public final class ShouldBackOff extends BasicErrorMessageFactory {
    static final String MEASURE = "  (a wait runs from the end of the failed answer to the next request for the number;"
            + " waits the server set with retry-after or estimated_time_to_regain_access are not counted)";

    /** A wait outside its range, with the wait expected of it. */
    public record Off(Waits.Wait retry, double expected) {
    }

    /** A wait whose ratio to the wait before is not the shape's. */
    public record Ratio(Waits.Wait previous, Waits.Wait retry, double expected) {
        double measured() {
            return previous.nanos() == 0 ? Double.POSITIVE_INFINITY : (double) retry.nanos() / previous.nanos();
        }
    }

    private ShouldBackOff(String shapeName, String rule, String reason, String found, String fix, Journal whole,
                          Attempts attempts, Map<Long, String> notes) {
        super("%nExpecting the client to back off %s: %s%n%s%nbut %s%nWaits found:%n%s%nFix: %s%nJournal:%n%s",
                unquotedString(shapeName), unquotedString(rule), unquotedString(MEASURE), unquotedString(reason),
                unquotedString(found), unquotedString(fix), unquotedString(Timeline.of(whole, notes, attempts)));
    }

    /** No request followed a failed answer. */
    public static ErrorMessageFactory neverRetried(Journal whole, Attempts attempts, BackoffShape shape,
                                                   double tolerance, Duration slack) {
        return new ShouldBackOff(shape.name(), shape.rule(tolerance, slack),
                "it never retried (no request followed a failed answer for the same number)", "  (none)",
                "retry transient failures (5xx, 429, is_transient, connection faults), waiting as the rule says",
                whole, attempts, Map.of());
    }

    /** Waits out of their range ({@code off}) or not growing as the shape says ({@code ratios}), with every run found. */
    public static ErrorMessageFactory of(Journal whole, Attempts attempts, BackoffShape shape, double tolerance,
                                         Duration slack, List<List<Waits.Wait>> runs, List<Off> off, List<Ratio> ratios) {
        String lineSeparator = System.lineSeparator();
        StringBuilder reason = new StringBuilder();
        Map<Long, String> notes = new LinkedHashMap<>();
        if (!off.isEmpty()) {
            reason.append("these waits were off:").append(lineSeparator).append(Timeline.indent(off.stream()
                    .map(o -> o.retry().describe() + "; expected " + range(o.expected(), tolerance, slack)).toList()));
            off.forEach(o -> notes.put(o.retry().after().seq(), "waited " + Timeline.ms(o.retry().nanos())));
        }
        if (!ratios.isEmpty()) {
            reason.append(off.isEmpty() ? "" : lineSeparator + "and ").append("these waits did not grow as the rule says:")
                    .append(lineSeparator).append(Timeline.indent(ratios.stream().map(ShouldBackOff::describe).toList()));
            ratios.forEach(r -> notes.merge(r.retry().after().seq(), times(r.measured()) + " the wait before",
                    (a, b) -> a + ", " + b));
        }
        return new ShouldBackOff(shape.name(), shape.rule(tolerance, slack), reason.toString(),
                Timeline.indent(runs.stream().map(ShouldBackOff::found).toList()),
                BackoffFix.of(shape, runs, off), whole, attempts, notes);
    }

    private static String range(double expected, double tolerance, Duration slack) {
        return Timeline.ms(Math.round(expected)) + " (" + Timeline.ms(Math.round(expected * (1 - tolerance)))
                + " to " + Timeline.ms(Math.round(expected * (1 + tolerance) + slack.toNanos())) + ")";
    }

    private static String describe(Ratio r) {
        double band = 1 + BackoffShape.RATIO_TOLERANCE;
        return "#" + r.retry().after().seq() + " waited " + Timeline.ms(r.retry().nanos()) + ", " + times(r.measured())
                + " the " + Timeline.ms(r.previous().nanos()) + " #" + r.previous().after().seq() + " waited; expected "
                + times(r.expected()) + " (" + times(r.expected() / band) + " to " + times(r.expected() * band) + ")";
    }

    /** {@code 1.50×}. */
    static String times(double ratio) {
        return Double.isInfinite(ratio) ? "∞×" : String.format(java.util.Locale.ROOT, "%.2f×", ratio);
    }

    /** {@code number 1065… from #1: 100.0 ms, 200.0 ms (each to the one before: 2.00×)}. */
    private static String found(List<Waits.Wait> run) {
        Waits.Wait first = run.get(0);
        StringBuilder sb = new StringBuilder("number " + EntryFacts.numberOf(first.after()) + " after #" + first.before().seq()
                + (run.stream().anyMatch(Waits.Wait::scenarioClock) ? ", on the scenario clock" : "") + ": ");
        sb.append(String.join(", ", run.stream().map(w -> Timeline.ms(w.nanos())
                + (BackoffRules.serverSetWait(w).isPresent() ? " (server-set)" : "")).toList()));
        if (run.size() > 1) {
            sb.append(" (each to the one before: ");
            for (int i = 1; i < run.size(); i++) {
                long before = run.get(i - 1).nanos();
                sb.append(i > 1 ? ", " : "").append(times(before == 0 ? Double.POSITIVE_INFINITY
                        : (double) run.get(i).nanos() / before));
            }
            sb.append(")");
        }
        return sb.toString();
    }
}
