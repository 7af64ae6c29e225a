package dev.wamock.state.redis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Group commit: one call on its way at a time, carrying up to {@code maxBatch} of the items queued meanwhile; when its
 * stage completes, the next call goes out at once with what queued since, and then {@code afterNext} runs for the
 * batch just answered (where the threads that queued it are woken). Under load, Redis then runs one script per batch
 * rather than one per request.
 *
 * @param <T> an item waiting to be sent
 */
final class GroupCommit<T> {
    private final int maxBatch;
    private final Function<List<T>, CompletionStage<?>> send;
    private final Consumer<List<T>> afterNext;
    private final Queue<T> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean inFlight = new AtomicBoolean();

    /**
     * @param send      sends one batch (never empty); its stage completes once the reply is applied, or failed
     * @param afterNext runs for a batch once its stage completed and the next call is on its way, failed or not
     */
    GroupCommit(int maxBatch, Function<List<T>, CompletionStage<?>> send, Consumer<List<T>> afterNext) {
        this.maxBatch = maxBatch;
        this.send = send;
        this.afterNext = afterNext;
    }

    /** Queues {@code item} behind every item queued before it, and sends it unless a call is on its way. */
    void add(T item) {
        waiting.add(item);
        flush();
    }

    private void flush() {
        while (!waiting.isEmpty() && inFlight.compareAndSet(false, true)) {
            List<T> batch = new ArrayList<>();
            for (T item; batch.size() < maxBatch && (item = waiting.poll()) != null; ) {
                batch.add(item);
            }
            if (batch.isEmpty()) {
                inFlight.set(false);
                continue;
            }
            CompletionStage<?> call;
            try {
                call = send.apply(batch);
            } catch (RuntimeException e) {
                call = CompletableFuture.failedFuture(e);
            }
            call.whenComplete((ignored, failure) -> {
                inFlight.set(false);
                flush();
                afterNext.accept(batch);
            });
            return;
        }
    }
}
