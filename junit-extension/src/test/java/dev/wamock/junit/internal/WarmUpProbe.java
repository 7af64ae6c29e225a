package dev.wamock.junit.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Run by {@link WarmUpTest} in a JVM of its own: discovers a class through JUnit's launcher, as a build tool or an IDE
 * does, with the configuration parameters of its arguments ({@code key=value}), waits for the warm-up's threads, and
 * prints each thread started since it began ({@code thread <name> daemon=<true|false>}), how many MBean servers the JVM
 * made ({@code mbean servers <n>}: Jetty boots the platform one when it must ask for the reference size) and Jetty's
 * property.
 */
final class WarmUpProbe {
    private WarmUpProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        Map<String, String> parameters = new HashMap<>();
        for (String arg : args) {
            parameters.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(WarmUpProbe.class)).configurationParameters(parameters).build());
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(WarmUp.THREAD_PREFIX)) {
                t.join(120_000);
            }
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t) && t.isAlive()) {
                System.out.println("thread " + t.getName() + " daemon=" + t.isDaemon());
            }
        }
        System.out.println("mbean servers " + javax.management.MBeanServerFactory.findMBeanServer(null).size());
        System.out.println("property " + System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine"));
    }
}
