import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delay accuracy: how much longer than a scripted fixed delay a client waits, under concurrency.
 *
 * <p>Starts a WamockServer in-process with a fixed-delay scenario, drives it with N concurrent
 * java.net.http requests (HTTP/1.1, so one connection per request in flight), and prints median / p90 / p99 / max
 * of (client-observed latency − scripted delay), next to the same for the server's own view (journal
 * latency − delay) and a no-delay baseline. Not a test: figures go to docs/performance.md.
 *
 * <p>Run from the repository root (after installing scenarios and mock-server):
 * {@code benchmarks/delay-accuracy/run.sh [connections] [requests] [delay-ms]}
 */
public class DelayAccuracy {
    private static final String NUMBER = "106540352242922";

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        long delayMs = args.length > 2 ? Long.parseLong(args[2]) : 100;
        int warmup = Math.max(connections * 4, requests / 10);

        System.out.printf("delay accuracy, %s, %d cores, %s %s, Java %s%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
        System.out.printf("%d concurrent connections, %d requests (after %d warm-up), fixed delay %d ms%n%n",
                connections, requests, warmup, delayMs);

        try (WamockServer server = WamockServer.builder().journalCapacity(requests + warmup).start()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();

            server.use(Scenario.of("no-delay", Step.passThrough()));
            run(server, client, connections, warmup);
            server.reset();
            Result baseline = run(server, client, connections, requests);
            print("no delay (baseline): latency", baseline.client, baseline.seconds, requests);
            print("no delay (baseline): server", serverMicros(server, 0), baseline.seconds, requests);
            System.out.println();

            server.use(Scenario.of("delay", Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(delayMs)))));
            run(server, client, connections, warmup);
            server.reset();
            server.use(Scenario.of("delay", Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(delayMs)))));
            Result delayed = run(server, client, connections, requests);
            long[] clientExcess = minus(delayed.client, delayMs * 1_000);
            print("client latency - " + delayMs + " ms", clientExcess, delayed.seconds, requests);
            print("server latency - " + delayMs + " ms", minus(serverMicros(server, requests), delayMs * 1_000),
                    delayed.seconds, requests);
            if (clientExcess[0] < 0) {
                System.out.println("\nA CLIENT SAW AN ANSWER BEFORE THE SCRIPTED DELAY: min excess " + clientExcess[0] + " µs");
                System.exit(1);
            }
        }
    }

    record Result(long[] client, double seconds) {
    }

    /** {@code total} GETs spread over {@code workers} threads, each sending one request at a time. */
    private static Result run(WamockServer server, HttpClient client, int workers, int total) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v23.0/" + NUMBER))
                .header("Authorization", "Bearer benchmark-token").timeout(Duration.ofSeconds(30)).build();
        long[] micros = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(workers);
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        micros[i] = (System.nanoTime() - t0) / 1_000;
                    }
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of " + total + " requests failed");
        }
        Arrays.sort(micros);
        return new Result(micros, seconds);
    }

    /** The journal's latencies (receipt to answer, server side) of the last {@code n} requests, sorted. */
    private static long[] serverMicros(WamockServer server, int n) {
        List<JournalEntry> entries = server.journal().entries();
        List<JournalEntry> last = n == 0 ? entries : entries.subList(Math.max(0, entries.size() - n), entries.size());
        return last.stream().mapToLong(JournalEntry::latencyMicros).sorted().toArray();
    }

    private static long[] minus(long[] sorted, long micros) {
        long[] out = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            out[i] = sorted[i] - micros;
        }
        return out;
    }

    private static void print(String what, long[] sorted, double seconds, int requests) {
        System.out.printf("%-34s median %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms  min %6.2f ms  (%.0f req/s)%n",
                what, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1e3,
                sorted[0] / 1e3, requests / seconds);
    }

    /** Nearest-rank percentile, in ms. */
    private static double pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e3;
    }

    private DelayAccuracy() {
    }
}
