package dev.wamock.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A normal client's view while hostile ones do their worst: GETs of the number, each on a fresh
 * connection (so accepting counts too), timed from connect to the last body byte. The rule of the
 * reliability tests: during the attack no request fails (checked by every test) and, in the stress suite
 * only ({@link HostileSuiteTest}), p99 stays under
 * max({@value #FLOOR_MS} ms, {@value #FACTOR} × the p99 measured just before,
 * {@value #NOISE_FACTOR} × the p99 of a control server nobody attacks, probed at the same time).
 * The control term only matters on a machine so busy that an idle server misses the first two: then
 * the attacked server must do no worse than the machine lets any server do.
 */
final class Latency {
    static final double FLOOR_MS = 50;
    static final double FACTOR = 10;
    static final double NOISE_FACTOR = 3;
    static final int BASELINE_REQUESTS = 200;

    private Latency() {
    }

    /** Latencies of one series of requests; {@code control}: the idle server probed at the same time, or null. */
    record Stats(int requests, List<String> failures, double p50, double p99, double max, Stats control) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d requests, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms%s%s", requests,
                    failures.size(), p50, p99, max,
                    failures.isEmpty() ? "" : " " + failures.subList(0, Math.min(3, failures.size())),
                    control == null ? "" : String.format(Locale.ROOT, " (an idle control server meanwhile: p99 %.1f ms)",
                            control.p99()));
        }
    }

    /** {@code n} GETs one after the other, each on a fresh connection. */
    static Stats measure(int port, int n) {
        List<Long> nanos = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            one(port, nanos, failures);
        }
        return stats(nanos, failures, null);
    }

    /** The limit a p99 measured during an attack must stay under. */
    static double limit(Stats baseline, Stats during) {
        double noise = during.control() == null ? 0 : NOISE_FACTOR * during.control().p99();
        return Math.max(Math.max(FLOOR_MS, FACTOR * baseline.p99()), noise);
    }

    /** During an attack: every normal request got its whole 200, on any machine. */
    static void assertAnswered(Stats during, String attack) {
        assertThat(during.failures()).as("normal requests that failed during %s (%s)", attack, during).isEmpty();
        assertThat(during.requests()).as("normal requests during %s", attack).isPositive();
    }


    private static void one(int port, List<Long> nanos, List<String> failures) {
        long t0 = System.nanoTime();
        RawHttp.Outcome o = RawHttp.once(port, RawHttp.get(RawHttp.ENDPOINT, "Connection: close"), 10_000);
        long took = System.nanoTime() - t0;
        if (o.kind() == RawHttp.Kind.ANSWERED && o.reply().status() == 200) {
            nanos.add(took);
        } else {
            failures.add(o.kind() + (o.reply() == null ? " " + o.detail() : " " + o.reply().status()));
        }
    }

    static Stats stats(List<Long> nanos, List<String> failures, Stats control) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Stats(sorted.length + failures.size(), List.copyOf(failures), percentile(sorted, 50),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, control);
    }

    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    /**
     * A normal client in the background until {@link #stop()}: every few milliseconds a request to the server
     * under test, then one to a control server of its own that nobody attacks (the machine's noise).
     */
    static final class Probe {
        /** Enough samples for a p99 that one hiccup does not make. */
        static final int MIN_REQUESTS = 200;

        private final int port;
        private final WamockServer control;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Long> nanos = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private final List<Long> controlNanos = new ArrayList<>();
        private final List<String> controlFailures = new ArrayList<>();
        private final Thread thread;

        Probe(int port) {
            this.port = port;
            this.control = WamockServer.start();
            measure(control.port(), 50); // warm, so its first answers do not count as noise
            this.thread = new Thread(this::run, "normal-client");
            thread.setDaemon(true);
            thread.start();
        }

        private synchronized int count() {
            return nanos.size() + failures.size();
        }

        private void run() {
            while (running.get()) {
                synchronized (this) {
                    one(port, nanos, failures);
                    one(control.port(), controlNanos, controlFailures);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Stops once at least {@link #MIN_REQUESTS} were measured (waits up to 30 s for them). */
        Stats stop() throws InterruptedException {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (count() < MIN_REQUESTS && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            running.set(false);
            thread.join(15_000);
            control.close();
            synchronized (this) {
                return stats(nanos, failures, stats(controlNanos, controlFailures, null));
            }
        }
    }
}
