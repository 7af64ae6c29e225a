package dev.wamock.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSessionListener;

/** The warm-up is found by the launcher, can be turned off, and its threads end by themselves. */
class WarmUpTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(WarmUp.PROPERTY);
    }

    @Test
    void theLauncherFindsItThroughServiceLoading() {
        assertThat(ServiceLoader.load(LauncherSessionListener.class).stream().map(ServiceLoader.Provider::type))
                .contains(WarmUp.class);
    }

    @Test
    void itRunsUnlessThePropertySaysFalse() {
        assertThat(WarmUp.wanted()).as("unset").isTrue();
        System.setProperty(WarmUp.PROPERTY, " FALSE ");
        assertThat(WarmUp.wanted()).as("FALSE").isFalse();
        System.setProperty(WarmUp.PROPERTY, "true");
        assertThat(WarmUp.wanted()).as("true").isTrue();
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
}
