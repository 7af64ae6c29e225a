package dev.wamock.server.reliability;

import java.time.Duration;
import java.util.Locale;
import org.opentest4j.TestAbortedException;

/**
 * One attack of the hostile-client suite: what it does, its bounds (count and time, 127.0.0.1 only), and how
 * to run it. Running it asserts what must hold on any machine; {@link #judge} adds what only the stress suite
 * asserts, that a normal client stayed within its usual latency ({@link Latency#limit}).
 *
 * @param name   what the hostile clients do
 * @param bounds how many of them, for how long
 * @param limit  the most the whole attack may take, set-up and checks included
 * @param run    the attack and its checks
 */
record Attack(String name, String bounds, Duration limit, Run run) {

    /** Runs the attack; throws when something that must hold on any machine did not. */
    interface Run {
        Attacked attack() throws Exception;
    }

    /** One row of the suite's table: {@code broke} or {@code skipped} says why, both null when it held. */
    record Verdict(Attack attack, Attacked result, String broke, String skipped, double seconds) {
        boolean held() {
            return broke == null && skipped == null;
        }

        /** {@code | name | bounds | requests | result | p99 during (limit) | p99 before | idle control | took |}. */
        String row() {
            String p99 = result == null ? "–" : String.format(Locale.ROOT, "%.1f ms (limit %.0f)",
                    result.during().p99(), Latency.limit(result.baseline(), result.during()));
            String before = result == null ? "–" : String.format(Locale.ROOT, "%.1f ms", result.baseline().p99());
            String control = result == null || result.during().control() == null ? "–"
                    : String.format(Locale.ROOT, "%.1f ms", result.during().control().p99());
            return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %.0f s |", attack.name(),
                    attack.bounds(), result == null ? "–" : String.format(Locale.ROOT, "%,d", result.requests()),
                    held() ? "held" : broke != null ? "**broke**: " + broke.replace('|', '/') : "skipped: " + skipped,
                    p99, before, control, seconds);
        }
    }

    /** Runs the attack within {@link #limit} and judges it: broke when a check failed or p99 went past its limit. */
    Verdict judge() {
        long start = System.nanoTime();
        Attacked result = null;
        String broke = null;
        String skipped = null;
        try {
            result = Bounded.call(run::attack, limit);
            if (result.during().p99() >= Latency.limit(result.baseline(), result.during())) {
                broke = "a normal client's p99 went past its limit (" + result.during() + ")";
            }
        } catch (TestAbortedException e) {
            skipped = e.getMessage(); // only outside CI (FileDescriptors)
        } catch (Exception | AssertionError e) {
            broke = firstLine(e);
        }
        return new Verdict(this, result, broke, skipped, (System.nanoTime() - start) / 1e9);
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return e.getClass().getSimpleName() + ": " + (first.length() > 200 ? first.substring(0, 200) + "…" : first);
    }
}
