package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Under JUnit's parallel execution each test still has its own server and sees only its own journal. */
class ParallelTest {
    private static final int TESTS = 8;
    private static final Map<String, String> CONCURRENT = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(TESTS));

    @Test
    void eightConcurrentTestsEachSeeOnlyTheirOwnRequests() {
        Engine.run(EightAtOnce.class, CONCURRENT).testEvents()
                .assertStatistics(s -> s.started(TESTS).succeeded(TESTS).failed(0));
    }

    @EngineFixture
    @WamockTest
    static class EightAtOnce {
        /** Every test waits here until all eight run at the same time, so their servers overlap. */
        private static CyclicBarrier allRunning;

        @BeforeAll
        static void newBarrier() {
            allRunning = new CyclicBarrier(TESTS);
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
        void test(int n, WamockHandle wamock) throws Exception {
            String token = "fake-token-" + (1000 + n);
            assertThat(Http.to(wamock).withToken(token).number().status()).isEqualTo(200);

            allRunning.await(20, TimeUnit.SECONDS);
            assertThat(Http.to(wamock).withToken(token).number().status()).isEqualTo(200);

            assertThat(wamock.journal().entries())
                    .hasSize(2)
                    .allSatisfy(entry -> assertThat(entry.token()).isEqualTo("…" + (1000 + n)));
        }
    }
}
