package dev.wamock.server.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Waiting for the requests in flight: woken by the last to leave, bounded by the deadline and by interrupts. */
class InFlightTest {
    private static final long TEN_SECONDS = TimeUnit.SECONDS.toNanos(10);

    @Test
    void noneInFlightReturnsAtOnce() {
        InFlight inFlight = new InFlight();

        assertThat(inFlight.awaitNone(System.nanoTime())).as("none left, even with the deadline passed").isTrue();
    }

    /** A deadline an hour away and a 60 s timeout on the test: only the last leave can end this wait in time. */
    @Test
    @Timeout(60)
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

        boolean none = inFlight.awaitNone(System.nanoTime() + TimeUnit.HOURS.toNanos(1));

        assertThat(none).as("woken by the last leave, before the deadline").isTrue();
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
