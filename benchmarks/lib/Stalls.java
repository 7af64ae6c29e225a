import java.util.Locale;

/**
 * The load figures' machine check ({@code BenchTool stalls SECONDS THREADS}): THREADS threads spin for SECONDS,
 * each reading the clock in a loop, and every gap of 10 ms or more between two readings is a time the machine took a
 * core away from a running thread. On a machine that gives its threads the cores it shows, two spinning threads on
 * two cores see no such gap; a virtual machine whose host caps its CPU time (a quota per 100 ms period) stalls both
 * for up to a period whenever they use more than the quota. Such a stall delays every request in flight, so a p99
 * measured while it happens says more about the host than about the server (nginx's {@code return 200} then shows
 * the same p99). Prints {@code stalls=N longest_ms=X} (N summed over the threads).
 */
final class Stalls {
    /** A gap between two clock readings of a spinning thread that counts as a stall. */
    static final long STALL_NANOS = 10_000_000;

    private Stalls() {
    }

    static void run(String[] args) throws InterruptedException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BenchTool stalls SECONDS THREADS");
        }
        long nanos = (long) (Double.parseDouble(args[0]) * 1e9);
        int threads = Integer.parseInt(args[1]);
        long[] stalls = new long[threads];
        long[] longest = new long[threads];
        Thread[] spinners = new Thread[threads];
        long end = System.nanoTime() + nanos;
        for (int i = 0; i < threads; i++) {
            int k = i;
            spinners[i] = new Thread(() -> {
                long last = System.nanoTime();
                for (long now = last; now < end; now = System.nanoTime()) {
                    long gap = now - last;
                    if (gap >= STALL_NANOS) {
                        stalls[k]++;
                    }
                    longest[k] = Math.max(longest[k], gap);
                    last = now;
                }
            }, "spin-" + i);
            spinners[i].start();
        }
        long count = 0;
        long max = 0;
        for (int i = 0; i < threads; i++) {
            spinners[i].join();
            count += stalls[i];
            max = Math.max(max, longest[i]);
        }
        System.out.printf(Locale.ROOT, "stalls=%d longest_ms=%.1f%n", count, max / 1e6);
    }
}
