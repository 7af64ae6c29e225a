package dev.wamock.server.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ServingThreadsTest {

    @Test
    void anInterruptReachesAThreadWhileItServes() throws InterruptedException {
        ServingThreads serving = new ServingThreads();
        CountDownLatch entered = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            serving.enter();
            try {
                entered.countDown();
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            } finally {
                serving.leave();
            }
        });
        worker.start();
        entered.await();
        serving.interruptAll();
        worker.join(5_000);
        assertThat(interrupted).as("the serving thread was interrupted out of its wait").isTrue();
    }

    /**
     * A thread leaving while a close interrupts it: were the set read and the interrupt sent apart, the interrupt could
     * land after the thread had left and cleared its flag, and reach its next request. Here the close takes its time
     * between the two (it waits up to 300 ms for the thread to leave): the thread must not be able to leave meanwhile.
     */
    @Test
    void noInterruptOutlivesTheRequestItWasMeantFor() throws InterruptedException {
        ServingThreads serving = new ServingThreads();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch left = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            serving.enter();
            entered.countDown();
            serving.leave();
            left.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                interruptedAfter.set(true); // the interrupt came after the leave: it outlived the request
            }
            interruptedAfter.compareAndSet(false, Thread.currentThread().isInterrupted());
        });
        worker.start();
        entered.await();
        serving.interruptAll(thread -> {
            try {
                left.await(300, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread.interrupt();
        });
        closed.countDown();
        worker.join(5_000);
        assertThat(interruptedAfter).as("the thread's next work began with an interrupt meant for the request it had left")
                .isFalse();
    }
}
