package dev.wamock.server.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The endpoint's requests are answered on the thread that read them ({@link InlineGate}), which must never wait: an
 * answer that waits (a scenario's delay, a stall) goes on on the pool, so it holds its own request and no other.
 * Had the reading threads slept in the delays, the selector would stop reading once the few spare threads Jetty keeps
 * for it were taken, and the quick request below would wait for the first delayed answer.
 */
class InlineGateTest {
    private static final int HELD = 40;

    @Test
    @Timeout(60)
    void requestsHeldByAScenarioDelayDoNotHoldTheOthers() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(HELD);
        try (WamockServer server = WamockServer.builder().start()) {
            server.use(Scenario.of("held", Step.passThrough().withDelay(Delay.fixed(Duration.ofSeconds(8)))));
            List<CompletableFuture<RawHttp.Outcome>> held = new ArrayList<>();
            for (int i = 0; i < HELD; i++) {
                held.add(CompletableFuture.supplyAsync(() -> RawHttp.once(server.port(),
                        RawHttp.get(RawHttp.ENDPOINT, RawHttp.AUTH, "Connection: close"), 30_000), clients));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.journal().total() < HELD && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(server.journal().total()).as("requests read while the first ones wait on their delay")
                    .isEqualTo(HELD);

            Reply quick = RawHttp.send(server.port(), "GET", "/sessions/quick" + RawHttp.ENDPOINT, RawHttp.AUTH);

            assertThat(quick.status()).isEqualTo(200);
            assertThat(held).as("held requests answered before the quick one").noneMatch(CompletableFuture::isDone);
            for (CompletableFuture<RawHttp.Outcome> f : held) {
                assertThat(f.get(30, TimeUnit.SECONDS).kind()).isEqualTo(RawHttp.Kind.ANSWERED);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @Timeout(60)
    void aStallMovedToThePoolStillEndsWhenTheServerCloses() throws Exception {
        WamockServer server = WamockServer.builder().start();
        server.use(Scenario.of("stall", Step.passThrough().withFault(Fault.STALL)));
        CompletableFuture<RawHttp.Outcome> stalled = CompletableFuture.supplyAsync(() -> RawHttp.once(server.port(),
                RawHttp.get(RawHttp.ENDPOINT, RawHttp.AUTH, "Connection: close"), 30_000));
        while (server.journal().total() < 1) {
            Thread.sleep(5);
        }
        server.close();

        assertThat(stalled.get(30, TimeUnit.SECONDS).kind()).isEqualTo(RawHttp.Kind.CLOSED_UNANSWERED);
    }
}
