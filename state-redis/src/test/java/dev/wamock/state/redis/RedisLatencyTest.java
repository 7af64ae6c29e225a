package dev.wamock.state.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import dev.wamock.state.redis.testing.RedisProcess;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a decision costs on Redis over loopback, printed (no time is asserted): one thread in a row, then 50 threads
 * on one replica and on three; and how soon a decision fails when Redis is stopped or hung.
 */
@Tag("stress")
class RedisLatencyTest {
    private static final Scenario PASS = Scenario.of("pass", Step.passThrough());

    @Test
    void decisionRoundTripsAreMeasured() throws Exception {
        try (RedisProcess redis = RedisProcess.start(); Fleet fleet = new Fleet(redis.uri(), 3)) {
            fleet.session(0, "").use(PASS);
            SessionState one = fleet.session(0, "");
            for (int i = 0; i < 3_000; i++) {
                one.decide(null, Fleet.REQUEST);
            }
            long[] took = new long[10_000];
            long start = System.nanoTime();
            for (int i = 0; i < took.length; i++) {
                long t = System.nanoTime();
                one.decide(null, Fleet.REQUEST);
                took[i] = System.nanoTime() - t;
            }
            print("1 thread, 1 replica", took, System.nanoTime() - start);
            print("50 threads, 1 replica", parallel(fleet, 1, 50, 400), 0);
            for (int r = 1; r < 3; r++) {
                long t = System.nanoTime();
                fleet.session(r, "").progress();
                System.out.printf("replica %d, idle so far, caught up with 33 000 changes in %d ms%n", r,
                        (System.nanoTime() - t) / 1_000_000);
            }
            print("50 threads, 3 replicas", parallel(fleet, 3, 50, 400), 0);
            try (RedisKeys keys = new RedisKeys(redis.uri())) {
                String stats = keys.redis().info("commandstats");
                System.out.println("Redis: " + stats.lines().filter(l -> l.matches("cmdstat_(evalsha|eval|xadd|xrange):.*"))
                        .toList() + " for " + (13_000 + 40_000) + " decisions");
            }

            redis.pause();
            long t = System.nanoTime();
            assertThat(unavailable(one)).isTrue();
            System.out.printf("hung Redis: a decision failed as unavailable after %d ms%n", (System.nanoTime() - t) / 1_000_000);
            redis.resume();
            redis.stop();
            t = System.nanoTime();
            assertThat(unavailable(one)).isTrue();
            System.out.printf("stopped Redis: a decision failed as unavailable after %d µs%n", (System.nanoTime() - t) / 1_000);
        }
    }

    private static boolean unavailable(SessionState session) {
        try {
            session.decide(null, Fleet.REQUEST);
            return false;
        } catch (StateUnavailableException e) {
            return true;
        }
    }

    /** Per-decision nanoseconds of {@code threads} threads, each deciding {@code each} times on replica i % replicas. */
    private static long[] parallel(Fleet fleet, int replicas, int threads, int each) throws Exception {
        long[] took = new long[threads * each];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int th = 0; th < threads; th++) {
            int base = th * each;
            SessionState session = fleet.session(th % replicas, "");
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    long t = System.nanoTime();
                    session.decide(null, Fleet.REQUEST);
                    took[base + i] = System.nanoTime() - t;
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        pool.shutdown();
        for (java.util.concurrent.Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        long wall = System.nanoTime() - start;
        System.out.printf("  (%d decisions in %d ms: %.0f per second)%n", took.length, wall / 1_000_000,
                took.length / (wall / 1e9));
        return took;
    }

    private static void print(String what, long[] took, long wallNanos) {
        long[] sorted = took.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(took).average().orElse(0) / 1_000;
        System.out.printf("%s: %d decisions, mean %.0f µs, p50 %d µs, p99 %d µs, max %d µs%s%n", what, took.length, mean,
                sorted[sorted.length / 2] / 1_000, sorted[(int) (sorted.length * 0.99)] / 1_000,
                sorted[sorted.length - 1] / 1_000, wallNanos == 0 ? "" : String.format(" (%.0f per second)",
                        took.length / (wallNanos / 1e9)));
    }
}
