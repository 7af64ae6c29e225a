package dev.wamock.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadDumpTest {

    @Test
    void showsTheNamedThreadsWithTheirStateAndWhereTheyWait() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread waiting = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dump-probe-1");
        waiting.start();
        try {
            while (waiting.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            String dump = ThreadDump.of("dump-probe");
            assertThat(dump).startsWith("\"dump-probe-1\" WAITING").contains("java.util.concurrent.CountDownLatch.await(")
                    .doesNotContain("\"main\"");
        } finally {
            release.countDown();
            waiting.join();
        }
    }

    @Test
    void saysSoWhenNoThreadHasTheName() {
        assertThat(ThreadDump.of("no-such-thread-")).isEqualTo("(no thread named no-such-thread-…)");
    }
}
