package dev.wamock.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * The warm-up is found by the launcher, is switched off by a system property or a JUnit configuration parameter, and
 * leaves no thread of its own: checked in JVMs of their own ({@link WarmUpProbe}), where nothing else started one.
 */
class WarmUpTest {
    private static final String JETTY_PROPERTY = "org.eclipse.jetty.util.referencesPerCacheLine";

    @Test
    void theLauncherFindsItThroughServiceLoading() {
        assertThat(ServiceLoader.load(LauncherDiscoveryListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(WarmUp.class);
    }

    @Test
    void itRunsUnlessTheSettingSaysFalse() {
        assertThat(WarmUp.wanted(parameters(Map.of()))).as("unset").isTrue();
        assertThat(WarmUp.wanted(parameters(Map.of(WarmUp.PROPERTY, " FALSE ")))).as("FALSE").isFalse();
        assertThat(WarmUp.wanted(parameters(Map.of(WarmUp.PROPERTY, "true")))).as("true").isTrue();
    }

    @Test
    void switchedOffByAConfigurationParameterItStartsNoThreadAndSetsNoProperty() throws Exception {
        assertThat(probe(List.of(), WarmUp.PROPERTY + "=false")).containsExactly("mbean servers 0", "property null");
    }

    @Test
    void switchedOffByASystemPropertyItStartsNoThreadAndSetsNoProperty() throws Exception {
        assertThat(probe(List.of("-D" + WarmUp.PROPERTY + "=false"))).containsExactly("mbean servers 0", "property null");
    }

    /** What stays: the shared server's daemon pool, one of whose threads may be the spare connector's acceptor. */
    @Test
    void onItsThreadsEndAndWhatStaysIsTheSharedServersIdleDaemonPool() throws Exception {
        List<String> lines = probe(List.of());

        assertThat(lines).noneMatch(l -> l.startsWith("thread " + WarmUp.THREAD_PREFIX))
                .filteredOn(l -> l.startsWith("thread ")).isNotEmpty()
                .allSatisfy(l -> assertThat(l).matches(
                        "thread wamock-(\\d+|scheduler-\\d+|\\d+-acceptor-\\d+@.*\\{127\\.0\\.0\\.1:\\d+}) daemon=true"));
        assertThat(lines).last().asString().matches("property (8|16)");
    }

    /**
     * Jetty asks JMX for the JVM's reference size unless told it (about 200 classes and the platform MBean server, on the
     * warm-up's critical path): the warm-up tells it before its first Jetty class, which is the shared server's.
     */
    @Test
    void itBootsNoJmx() throws Exception {
        assertThat(probe(List.of())).contains("mbean servers 0");
    }

    @Test
    void itsTwoDaemonThreadsEndByThemselves() throws InterruptedException {
        List<Thread> threads = WarmUp.start();

        assertThat(threads).extracting(Thread::getName).containsExactly("wamock-warmup-data", "wamock-warmup-http");
        assertThat(threads).allMatch(Thread::isDaemon);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertThat(threads).noneMatch(Thread::isAlive);
    }

    private static ConfigurationParameters parameters(Map<String, String> values) {
        return LauncherDiscoveryRequestBuilder.request().configurationParameters(values)
                .enableImplicitConfigurationParameters(false).build().getConfigurationParameters();
    }

    /** What {@link WarmUpProbe} prints in a JVM with these options and configuration parameters. */
    private static List<String> probe(List<String> jvmOptions, String... parameters) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
        command.addAll(jvmOptions);
        command.add(WarmUpProbe.class.getName());
        command.addAll(List.of(parameters));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the probe ended").isTrue();
        assertThat(process.exitValue()).as("the probe's exit code; it printed:%n%s", out).isZero();
        return out.lines().toList();
    }
}
