package dev.wamock.server.reliability;

import static dev.wamock.server.testing.RawHttp.AUTH;
import static dev.wamock.server.testing.RawHttp.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Requests that are whole but hostile: malformed on the wire, pipelined by the hundred, admin calls hammered
 * from many threads. Attacks of the hostile-client suite ({@link HostileSuiteTest}), like {@link HangUpAttacks}.
 */
final class RequestAttacks {
    /**
     * Requests that look malformed but are HTTP/1.1 a server may serve, and wamock's endpoint answers 200: bare LF
     * line ends (RFC 9112 lets a server accept them), and a foreign {@code Host} (the endpoint answers any; the admin
     * API has its own rule, docs/reliability.md "Admin API safety").
     */
    static final List<String> SERVED = List.of(
            RawHttp.get(ENDPOINT).replace("\r\n", "\n"),
            RawHttp.get(ENDPOINT, "Host: attacker.example"));
    /** Requests wamock must refuse, each with a Graph-shaped error: 4xx, or 505 for an unknown HTTP version. */
    static final List<String> REFUSED = List.of(
            "\u0001\u0002\u0003 hello\r\n\r\n",
            "GET " + ENDPOINT + " HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
            "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
            "GET " + ENDPOINT + " HTTP/1.1\r\n" + AUTH + "\r\n\r\n",
            RawHttp.request("POST", "/__wamock/scenario", "{}", "Content-Length: 7", "Content-Type: application/json"),
            RawHttp.request("POST", "/__wamock/clock", null, "Content-Length: -1", "Content-Type: application/json"),
            RawHttp.request("POST", "/__wamock/scenario", null, "Transfer-Encoding: chunked",
                    "Content-Type: application/json") + "zz\r\n{}\r\n0\r\n\r\n",
            RawHttp.get(ENDPOINT, "Transfer-Encoding: gzip"),
            RawHttp.get(ENDPOINT, "X-Long: " + "v".repeat(70_000)),
            RawHttp.get("/v23.0/" + "1".repeat(20_000)),
            RawHttp.get("/v23.0/%zz"),
            RawHttp.get(ENDPOINT + "?fields=%C3%28"),
            RawHttp.get(ENDPOINT, "X-Nul: a\u0000b"),
            RawHttp.get(ENDPOINT, "no colon here"),
            RawHttp.get(ENDPOINT, "X-Folded: a", " folded"),
            RawHttp.get("http://evil.example" + ENDPOINT),
            RawHttp.request("TRACE", ENDPOINT, null, AUTH),
            RawHttp.request("get", ENDPOINT, null, AUTH),
            RawHttp.request("CONNECT", "127.0.0.1:80", null),
            RawHttp.request("OPTIONS", "*", null),
            RawHttp.get(ENDPOINT + "?fields=id,nope,,%20"),
            RawHttp.get("/v23.0;%zz/" + Http.NUMBER),
            RawHttp.get("/../../etc/passwd"));
    /** Every kind of malformed request, each sent {@value #MALFORMED_TIMES} times on a fresh connection. */
    static final List<String> MALFORMED = Stream.concat(REFUSED.stream(), SERVED.stream()).toList();
    static final int MALFORMED_TIMES = 20;

    private RequestAttacks() {
    }

    /**
     * Every kind of {@link #MALFORMED} request, {@value #MALFORMED_TIMES} times each on a fresh connection: each
     * gets a whole answer, a {@link #REFUSED} one a Graph error (never a 2xx, never a 500) and a {@link #SERVED} one
     * its 200, and nothing is logged.
     */
    static Attacked malformed() throws Exception {
        try (Arena arena = Arena.start(WamockServer.builder())) {
            Latency.Probe probe = new Latency.Probe(arena.port);
            int sent = 0;
            for (int round = 0; round < MALFORMED_TIMES; round++) {
                for (String raw : MALFORMED) {
                    RawHttp.Outcome outcome = RawHttp.once(arena.port, raw, 10_000);
                    sent++;
                    assertThat(outcome.kind()).as("%s for %s", outcome.detail(), HttpSurfaceFuzzTest.show(raw))
                            .isEqualTo(RawHttp.Kind.ANSWERED);
                    Reply answer = outcome.reply();
                    if (SERVED.contains(raw)) {
                        assertThat(answer.status()).as("status of %s", HttpSurfaceFuzzTest.show(raw)).isEqualTo(200);
                    } else {
                        assertThat(answer.status())
                                .as("status of %s (refused, never 500)", HttpSurfaceFuzzTest.show(raw))
                                .isGreaterThanOrEqualTo(400).isNotEqualTo(500);
                        HttpSurfaceFuzzTest.assertGraphError(answer, raw);
                    }
                }
            }
            Latency.Stats during = probe.stop();

            Latency.assertAnswered(during, sent + " malformed requests");
            assertThat(arena.log.errors()).as("errors logged").isEmpty();
            return arena.attacked(sent, during);
        }
    }

    /** 20 connections that each send 50 GETs in one write, then read 50 whole answers, in order, all 200. */
    static Attacked pipelined() throws Exception {
        try (Arena arena = Arena.start(WamockServer.builder().journalCapacity(100_000))) {
            byte[] fifty = RawHttp.get(ENDPOINT).repeat(50).getBytes(StandardCharsets.ISO_8859_1);
            Latency.Probe probe = new Latency.Probe(arena.port);
            int answered = inParallel(20, () -> {
                try (RawConnection c = RawHttp.connect(arena.port)) {
                    c.write(fifty);
                    for (int i = 0; i < 50; i++) {
                        assertThat(c.read("GET").status()).as("pipelined answer %d", i).isEqualTo(200);
                    }
                }
                return 50;
            });
            Latency.Stats during = probe.stop();

            Latency.assertAnswered(during, "20 connections pipelining 50 requests each");
            assertThat(answered).isEqualTo(1_000);
            assertThat(arena.server.journal().total()).isEqualTo(during.requests() + 1_000L);
            assertThat(arena.log.errors()).as("errors logged").isEmpty();
            return arena.attacked(answered, during);
        }
    }

    /** 8 threads × 100 admin calls (health, scenario, clock, journal, reset) on keep-alive connections: all 2xx. */
    static Attacked adminHammering() throws Exception {
        List<String> calls = List.of(
                RawHttp.request("GET", "/__wamock/health", null),
                RawHttp.request("POST", "/__wamock/scenario", "{\"name\": \"http-200\"}",
                        "Content-Type: application/json"),
                RawHttp.request("GET", "/__wamock/scenario", null),
                RawHttp.request("POST", "/__wamock/clock", "{\"advance\": \"1s\"}", "Content-Type: application/json"),
                RawHttp.request("GET", "/__wamock/journal", null),
                RawHttp.request("GET", "/__wamock/scenarios", null),
                RawHttp.request("POST", "/__wamock/reset", null, "Content-Type: application/json"));
        try (Arena arena = Arena.start(WamockServer.builder())) {
            Latency.Probe probe = new Latency.Probe(arena.port);
            int answered = inParallel(8, () -> {
                try (RawConnection c = RawHttp.connect(arena.port)) {
                    for (int i = 0; i < 100; i++) {
                        String call = calls.get(i % calls.size());
                        Reply a = c.send(call);
                        assertThat(a.status() / 100).as("%s for %s", a, HttpSurfaceFuzzTest.show(call)).isEqualTo(2);
                    }
                }
                return 100;
            });
            Latency.Stats during = probe.stop();

            Latency.assertAnswered(during, "8 threads hammering the admin API");
            assertThat(answered).isEqualTo(800);
            assertThat(arena.log.errors()).as("errors logged").isEmpty();
            return arena.attacked(answered, during);
        }
    }

    /** Runs {@code task} on {@code threads} threads at once (60 s at most); the sum of what they return. */
    private static int inParallel(int threads, java.util.concurrent.Callable<Integer> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(task));
            }
            int sum = 0;
            for (Future<Integer> f : futures) {
                sum += f.get(60, TimeUnit.SECONDS);
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }
}
