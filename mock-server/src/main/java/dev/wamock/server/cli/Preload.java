package dev.wamock.server.cli;

import dev.wamock.server.WarmUp;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Builds what every start needs whatever the options on a second thread while picocli parses the
 * command line: {@link WarmUp#data()} (the default numbers, the built-in catalogue read from the
 * contract, Jackson's JSON writer), then {@link WarmUp#requestPath()} (the JVM's one Jetty server
 * and one request answered on an in-memory connector, no port; Javalin's routes are built after the
 * first answer, see {@code SharedJetty#buildRoutesAfterAnAnswer()}). picocli's classes
 * are too old a class-file version for a class-data archive, so parsing takes a core for about as
 * long as the preload does, and the two no longer follow one another. The
 * command waits for it before it builds the server, so the two threads never initialise the same
 * classes of wamock's at once. Before picocli, the command's thread asks the JDK for its list of locales, which the
 * Jetty server needs and which takes tens of milliseconds to gather: so both threads have about as much to do.
 */
final class Preload {
    static final Preload NONE = new Preload(null);
    private static final long WAIT_SECONDS = 10;

    private final FutureTask<Void> task;

    private Preload(FutureTask<Void> task) {
        this.task = task;
    }

    static Preload start() {
        FutureTask<Void> task = new FutureTask<>(() -> {
            WarmUp.data();
            WarmUp.requestPath();
        }, null);
        Thread thread = new Thread(task, "wamock-preload");
        thread.setDaemon(true);
        thread.start();
        return new Preload(task);
    }

    /** Waits for the preload; its failure is thrown here as it would have been without a preload. */
    void await() {
        if (task == null) {
            return;
        }
        try {
            task.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // not done yet: the start goes on and the JVM makes it wait for whatever class it still initialises
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
