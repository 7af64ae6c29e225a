package dev.wamock.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Waiting for the requests in flight: woken by the last to leave, bounded by the deadline and by interrupts. */
class InFlightTest {
    private static final long TEN_SECONDS = TimeUnit.SECONDS.toNanos(10);

    @Test
    void noneInFlightReturnsAtOnce() {
        InFlight inFlight = new InFlight();

        assertThat(inFlight.awaitNone(System.nanoTime())).as("none left, even with the deadline passed").isTrue();
    }

    @Test
    void theLastToLeaveWakesTheWaiter() throws Exception {
        InFlight inFlight = new InFlight();
        inFlight.enter();
        inFlight.enter();
        Thread waiter = Thread.currentThread();
        Thread leaver = new Thread(() -> {
            while (waiter.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait(); // leave only once the waiter is parked
            }
            inFlight.leave();
            inFlight.leave();
        });
        leaver.start();

        long start = System.nanoTime();
        boolean none = inFlight.awaitNone(start + TEN_SECONDS);
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(none).isTrue();
        assertThat(waitedMs).as("ms waited: woken by the last leave, not by the 10 s deadline").isLessThan(5_000);
        assertThat(inFlight.count()).isZero();
        leaver.join();
    }

    @Test
    void theDeadlineEndsTheWait() {
        InFlight inFlight = new InFlight();
        inFlight.enter();

        assertThat(inFlight.awaitNone(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20))).isFalse();
        assertThat(inFlight.count()).isOne();
    }

    @Test
    void anInterruptEndsTheWaitAndStaysSet() {
        InFlight inFlight = new InFlight();
        inFlight.enter();
        Thread.currentThread().interrupt();
        try {
            assertThat(inFlight.awaitNone(System.nanoTime() + TEN_SECONDS)).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt status").isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
