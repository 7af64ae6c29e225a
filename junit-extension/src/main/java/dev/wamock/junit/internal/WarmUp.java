package dev.wamock.junit.internal;

import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Warms the server up as a JUnit session opens, while JUnit discovers the tests: one daemon thread
 * loads the data every server needs; a second loads Javalin's and Jetty's classes meanwhile, then
 * starts, asks and closes a throwaway server. A JVM's first server spends most of its start loading
 * classes, so the first test then starts its own server about as fast as the later ones. Nothing of
 * it is kept: every test still gets a server of its own. Found by the launcher through
 * {@code META-INF/services}; costs about a second of CPU once per test JVM;
 * {@code -Dwamock.junit.warmup=false} turns it off.
 */
public final class WarmUp implements LauncherSessionListener {
    /** The system property that turns the warm-up off when {@code false}. */
    public static final String PROPERTY = "wamock.junit.warmup";
    /** How the warm-up's threads are named. */
    public static final String THREAD_PREFIX = "wamock-warmup-";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (wanted()) {
            start();
        }
    }

    static boolean wanted() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim());
    }

    /** Starts the two warm-up threads; a failure is left to the first test, which meets it again. */
    static List<Thread> start() {
        return List.of(
                daemon(THREAD_PREFIX + "data", dev.wamock.server.internal.WarmUp::data),
                daemon(THREAD_PREFIX + "http", () -> {
                    dev.wamock.server.internal.WarmUp.http();
                    dev.wamock.server.internal.WarmUp.server();
                }));
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> { });
        thread.start();
        return thread;
    }
}
