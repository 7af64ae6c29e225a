package dev.wamock.assertions.internal.backoff;

import dev.wamock.assertions.internal.journal.Timeline;
import java.util.ArrayList;
import java.util.List;

/** The "Fix:" line of a backoff failure: what the waits look like, and what to change. Internal. */
final class BackoffFix {
    private static final double BAND = 1 + BackoffShape.RATIO_TOLERANCE;
    private static final String GENERAL = "make the client wait as the rule says; if its waits carry random jitter, turn"
            + " it off in the test; on real time the client's own work after an answer counts as waiting: allow for it"
            + " with withSlack(Duration), or let the client sleep on the scenario clock (clock().sleeper())";

    private BackoffFix() {
    }

    static String of(BackoffShape shape, List<List<Waits.Wait>> runs, List<ShouldBackOff.Off> off) {
        long checked = runs.stream().flatMap(List::stream).filter(w -> BackoffRules.serverSetWait(w).isEmpty()).count();
        if (off.size() == checked && off.stream().allMatch(o -> o.retry().nanos() < o.expected())) {
            return "every retry came sooner than the rule allows: make the client wait before each retry, as the"
                    + " rule says";
        }
        Look look = looks(runs);
        String fix = look == null || look.shape().equals(shape.name()) ? GENERAL : look.text();
        return fix + (onlyTheFirstWaitTooLong(runs, off) ? ". Only the first wait is too long: in a JVM's first test the"
                + " client's first error handling runs cold (class loading, JIT) and that counts as waiting; see"
                + " \"Reading a timing failure\" in docs/assertions.md" : "");
    }

    /** What the waits look like ({@link BackoffShape#name()}), and the fix that says so. */
    private record Look(String shape, String text) {
    }

    /** What the longest run of client-chosen waits looks like, with the assertion that would fit it; null when unclear. */
    private static Look looks(List<List<Waits.Wait>> runs) {
        List<Long> waits = List.of();
        for (List<Waits.Wait> run : runs) {
            List<Long> own = new ArrayList<>();
            run.stream().filter(w -> BackoffRules.serverSetWait(w).isEmpty()).forEach(w -> own.add(w.nanos()));
            waits = own.size() > waits.size() ? own : waits;
        }
        if (waits.size() < 2 || waits.contains(0L)) {
            return null;
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i < waits.size(); i++) {
            ratios.add((double) waits.get(i) / waits.get(i - 1));
        }
        if (ratios.stream().allMatch(r -> r <= BAND && r >= 1 / BAND)) {
            return new Look("at a constant pace", "the waits do not grow (each is about as long as the one before):"
                    + " if the client means that, assert isConstant(Duration, double); else make it wait longer after"
                    + " each failure");
        }
        double step = (double) (waits.get(waits.size() - 1) - waits.get(0)) / (waits.size() - 1);
        boolean linear = waits.size() >= 3 && step > 0;
        for (int i = 1; i < waits.size() && linear; i++) {
            double diff = waits.get(i) - waits.get(i - 1);
            linear = diff <= step * BAND && diff >= step / BAND;
        }
        if (linear) {
            return new Look("linearly", "the waits grow linearly (each about " + Timeline.ms(Math.round(step))
                    + " longer than the one before): if the client means that, assert isLinear(Duration, Duration,"
                    + " double); else make it multiply its wait after each failure");
        }
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElse(1);
        if (mean > BAND && ratios.stream().allMatch(r -> r <= mean * BAND && r >= mean / BAND)) {
            return new Look("exponentially", "the waits grow exponentially (each about " + ShouldBackOff.times(mean)
                    + " the one before): if the client means that, assert isExponential(Duration, double, double)"
                    + " with that factor");
        }
        return null;
    }

    private static boolean onlyTheFirstWaitTooLong(List<List<Waits.Wait>> runs, List<ShouldBackOff.Off> off) {
        return off.size() == 1 && !runs.isEmpty() && runs.get(0).get(0) == off.get(0).retry()
                && off.get(0).retry().nanos() > off.get(0).expected();
    }
}
