import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * BenchTool hooks: the webhook delivery benchmark of one server.
 *
 * <pre>
 * hooks --port P --receiver-port R --log FILE --dir DIR --sends N --concurrency C [--rate PER_S] [--sessions S]
 *       [--warmup W] [--warmup-wait-ms MS] [--numbers FIRST:COUNT] [--max-wait-s S] [--wamock true] -- CMD...
 * </pre>
 *
 * Starts the receiver ({@link HookReceiver}) on R, then CMD (the server, which POSTs its webhooks to R), waits for
 * its 200; sends W warm-up template messages (recipients the receiver ignores), waits MS, then N template messages
 * from C threads (one keep-alive connection each), each from the next of the fixture numbers and to a recipient of its
 * own (with a rate, send i not before i / PER_S seconds after the first: the same pace for every server), thread t in
 * session {@code bench-(t mod S)} when S > 0 (X-Wamock-Session: wamock keeps at most 1 000 pending
 * deliveries per session). Then waits until 3 statuses per answered send have arrived, or, once the last send's
 * {@code read} is due, no new one came for 2 s, or the max wait ran out. Prints figures as key=value lines
 * ({@link HookFigures}); with {@code --wamock true} also wamock's own record of the attempts. Stops the server.
 */
final class WebhookBench {
    private WebhookBench() {
    }

    static void run(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        List<String> cmd = List.of(Arrays.copyOfRange(args, i + 1, args.length));
        int port = Integer.parseInt(opt.get("--port"));
        int sends = Integer.parseInt(opt.get("--sends"));
        int concurrency = Integer.parseInt(opt.get("--concurrency"));
        int sessions = Integer.parseInt(opt.getOrDefault("--sessions", "0"));
        String[] numbers = opt.getOrDefault("--numbers", "106540352242922:1").split(":");
        long maxWaitNs = TimeUnit.SECONDS.toNanos(Long.parseLong(opt.getOrDefault("--max-wait-s", "60")));
        try (HookReceiver receiver = new HookReceiver(Integer.parseInt(opt.get("--receiver-port")), sends)) {
            Process server = new ProcessBuilder(cmd).redirectErrorStream(true).directory(Path.of(opt.get("--dir")).toFile())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(opt.get("--log")).toFile())).start();
            try {
                awaitReady(server, port, opt.get("--log"));
                Sender sender = new Sender(port, concurrency, sessions, Long.parseLong(numbers[0]), Integer.parseInt(numbers[1]),
                        Double.parseDouble(opt.getOrDefault("--rate", "0")));
                int warmup = Integer.parseInt(opt.getOrDefault("--warmup", "0"));
                if (warmup > 0) {
                    sender.send(warmup, HookReceiver.FIRST_RECIPIENT + 1_000_000_000L); // recipients the receiver ignores
                    Thread.sleep(Long.parseLong(opt.getOrDefault("--warmup-wait-ms", "0")));
                }
                long cpu0 = cpuTicks(server);
                Sender.Result result = sender.send(sends, HookReceiver.FIRST_RECIPIENT);
                long expected = 3L * result.ok();
                long readDue = result.lastAnswer() + TimeUnit.SECONDS.toNanos(3);
                while (receiver.measured() < expected && System.nanoTime() - result.end() < maxWaitNs
                        && (System.nanoTime() < readDue || System.nanoTime() - Math.max(receiver.lastArrival(), readDue)
                        < TimeUnit.SECONDS.toNanos(2))) {
                    Thread.sleep(20);
                }
                long cpu1 = cpuTicks(server);
                HookFigures figures = new HookFigures(result, receiver, BenchTool.rssKb(server.pid()), cpu1 - cpu0);
                figures.print();
                if (Boolean.parseBoolean(opt.getOrDefault("--wamock", "false"))) {
                    WamockHookStats.print(port, sessions);
                }
            } finally {
                server.destroy();
                if (!server.waitFor(20, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static void awaitReady(Process server, int port, String log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited with " + server.exitValue() + " before answering 200; see " + log);
            }
            BenchTool.Response r = BenchTool.get(port, BenchTool.ENDPOINT, 200);
            if (r != null && r.status() == 200) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no 200 on " + BenchTool.ENDPOINT + " within 90 s; see " + log);
            }
            Thread.sleep(20);
        }
    }

    /** utime + stime of the server and its descendants, in clock ticks. */
    static long cpuTicks(Process server) {
        long ticks = cpuTicksOf(server.pid());
        for (ProcessHandle d : server.toHandle().descendants().toList()) {
            ticks += cpuTicksOf(d.pid());
        }
        return ticks;
    }

    private static long cpuTicksOf(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15, counted after the name
        } catch (java.io.IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Sends template messages from its threads, timing each answer on {@link System#nanoTime()}. */
    static final class Sender {
        record Result(int n, long start, long end, long lastAnswer, long[] answeredAt, int ok, int failed, String firstFailure) {
        }

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final int port;
        private final int threads;
        private final int sessions;
        private final long firstNumber;
        private final int numbers;
        private final double rate;

        Sender(int port, int threads, int sessions, long firstNumber, int numbers, double rate) {
            this.port = port;
            this.threads = threads;
            this.sessions = sessions;
            this.firstNumber = firstNumber;
            this.numbers = numbers;
            this.rate = rate;
        }

        Result send(int n, long firstRecipient) throws InterruptedException {
            long[] answeredAt = new long[n];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger ok = new AtomicInteger();
            AtomicLong last = new AtomicLong();
            AtomicReference<String> failure = new AtomicReference<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                String session = sessions > 0 ? "bench-" + (t % sessions) : null;
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        if (rate > 0) {
                            long wait = start + (long) (i * 1e9 / rate) - System.nanoTime();
                            if (wait > 0) {
                                java.util.concurrent.locks.LockSupport.parkNanos(wait);
                            }
                        }
                        String answer = post(i, firstRecipient + i, session);
                        answeredAt[i] = System.nanoTime();
                        last.accumulateAndGet(answeredAt[i], Math::max);
                        if (answer == null) {
                            ok.incrementAndGet();
                        } else {
                            answeredAt[i] = 0;
                            failure.compareAndSet(null, answer);
                        }
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the sends did not finish within 10 minutes");
            }
            return new Result(n, start, System.nanoTime(), last.get(), answeredAt, ok.get(), n - ok.get(), failure.get());
        }

        /** One send; null when it was answered 200, else what went wrong. */
        private String post(int i, long recipient, String session) {
            String body = "{\"messaging_product\":\"whatsapp\",\"to\":\"" + recipient + "\",\"type\":\"template\","
                    + "\"template\":{\"name\":\"hello_world\",\"language\":{\"code\":\"en_US\"}}}";
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v23.0/"
                            + (firstNumber + i % numbers) + "/messages"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer fake-token")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (session != null) {
                b.header("X-Wamock-Session", session);
            }
            try {
                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200 ? null : r.statusCode() + " " + r.body();
            } catch (java.io.IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e.toString();
            }
        }
    }
}
