package dev.wamock.junit.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms the server up as JUnit starts to discover the tests, once per JVM: one daemon thread loads the data every
 * server needs and the extension's own classes; a second loads Jetty's classes meanwhile, then starts,
 * asks and closes a throwaway server. A JVM's first server spends most of its start loading classes, so the first
 * test then starts its own server about as fast as the later ones. The threads run the two parts of
 * {@link dev.wamock.server.WarmUp} (the first also the extension's part), and end when done; what stays is the JVM's
 * one Jetty server, which every wamock server shares, with its idle daemon threads {@code wamock-<n>}, and the spare
 * loopback port the throwaway server's close leaves for the first test's server. Found by the launcher through
 * {@code META-INF/services}; said at debug level when it starts;
 * {@value #PROPERTY}{@code =false} (a system property or a JUnit configuration parameter) turns it off.
 */
public final class WarmUp implements LauncherDiscoveryListener {
    /** The system property or JUnit configuration parameter that turns the warm-up off when {@code false}. */
    public static final String PROPERTY = "wamock.junit.warmup";
    /** How the warm-up's threads are named. */
    public static final String THREAD_PREFIX = "wamock-warmup-";
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    @Override
    public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
        if (wanted(request.getConfigurationParameters()) && STARTED.compareAndSet(false, true)) {
            start();
        }
    }

    /** Unless {@value #PROPERTY} is {@code false}: JUnit's parameters fall back to system properties. */
    static boolean wanted(ConfigurationParameters parameters) {
        return parameters.get(PROPERTY).map(v -> !"false".equalsIgnoreCase(v.strip())).orElse(true);
    }

    /** Starts the two warm-up threads; a failure is left to the first test, which meets it again. */
    static List<Thread> start() {
        List<String> names = List.of(THREAD_PREFIX + "data", THREAD_PREFIX + "http");
        LOG.debug("wamock warms its server up while JUnit discovers the tests, so the first test starts as fast as the"
                + " others: daemon threads {} load what a first server needs and start, ask and close one throwaway"
                + " server, then end; the Jetty server every wamock server of the JVM shares stays, with its idle daemon"
                + " threads wamock-<n>. -D{}=false, or {}=false in junit-platform.properties, turns this off", names,
                PROPERTY, PROPERTY);
        return List.of(daemon(names.get(0), () -> {
            dev.wamock.server.WarmUp.data();
            extension();
        }), daemon(names.get(1), dev.wamock.server.WarmUp::server));
    }

    /**
     * Loads the extension's own classes that every test's callbacks run, and what deciding a test's server first reads
     * (a configuration's options, by reflection on the records), which the first test would otherwise load itself.
     */
    static void extension() {
        WamockConfig.DEFAULTS.serverOptions();
        for (Class<?> type : List.of(ServerLifecycle.class, RemoteSessions.class, ServerRecipe.class,
                ServerOrSession.class, RunCache.class, ScenarioActivation.class, FieldInjection.class, UsedControls.class,
                WamockFailureCheck.class, dev.wamock.junit.WamockHandle.class)) {
            try {
                Class.forName(type.getName(), true, type.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> { });
        thread.start();
        return thread;
    }
}
