package dev.wamock.server.reliability;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A call with a time limit: on its own thread, interrupted when the limit passes. */
final class Bounded {
    private Bounded() {
    }

    /** What {@code task} returns, or its exception; a {@link TimeoutException} once {@code limit} has passed. */
    static <T> T call(Callable<T> task, Duration limit) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "attack");
            t.setDaemon(true);
            return t;
        });
        Future<T> future = thread.submit(task);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TimeoutException("did not finish within " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            thread.shutdownNow();
        }
    }
}
