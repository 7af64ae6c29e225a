package dev.wamock.server.cli;

import dev.wamock.server.WarmUp;
import dev.wamock.server.internal.jetty.SharedJetty;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Builds what every start needs whatever the options, on two threads while picocli parses the command line: one
 * starts the JVM's one Jetty server ({@link SharedJetty#get()}, which gathers the JDK's list of locales for Jetty's
 * {@code MimeTypes} on the way), the other loads {@link WarmUp#data()} (the default numbers, the built-in catalogue
 * read from the contract, Jackson's JSON writer), then runs {@link WarmUp#requestPath()} (one request answered on an
 * in-memory connector, no port, on that Jetty server: it waits for the first thread if it is still starting it;
 * Javalin's routes are built after the first answer, see {@code SharedJetty#buildRoutesAfterAnAnswer()}). The data
 * loads no class of wamock's or Jackson's that starting Jetty loads, and the two threads meet only at
 * {@code SharedJetty.get()}, one synchronized call. picocli's classes are too old a class-file version for a
 * class-data archive, so parsing takes a core for about as long as the preload does. The command waits for the second
 * thread before it builds the server, so no two threads initialise the same classes of wamock's at once.
 */
final class Preload {
    static final Preload NONE = new Preload(null);
    private static final long WAIT_SECONDS = 10;

    private final FutureTask<Void> task;

    private Preload(FutureTask<Void> task) {
        this.task = task;
    }

    static Preload start() {
        // its failure is left to the data thread: requestPath() starts the Jetty server again and throws it
        daemon(new FutureTask<>(SharedJetty::get), "wamock-preload-jetty");
        FutureTask<Void> task = new FutureTask<>(() -> {
            WarmUp.data();
            WarmUp.requestPath();
        }, null);
        daemon(task, "wamock-preload");
        return new Preload(task);
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
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
