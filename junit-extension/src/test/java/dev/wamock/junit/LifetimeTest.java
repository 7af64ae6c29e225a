package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.internal.WarmUp;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawHttp;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One server per test by default; one per class when asked, reset before each test; stopped by JUnit. */
class LifetimeTest {
    /** Base URLs the fixtures saw, in order. */
    static final List<String> URLS = new CopyOnWriteArrayList<>();

    /**
     * The extension's warm-up starts and closes a throwaway server as the JVM's JUnit session opens; a
     * port freed by a test could be handed to it, so the checks below wait until it is done.
     */
    @BeforeAll
    static void warmUpDone() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(WarmUp.THREAD_PREFIX)) {
                t.join(30_000);
            }
        }
    }

    @BeforeEach
    void forgetUrls() {
        URLS.clear();
    }

    @Test
    void eachTestGetsAFreshServerOnItsOwnPort() {
        Engine.run(PerTest.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(URLS).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aServerIsStoppedWhenItsTestEnds() {
        Engine.run(PerTest.class).testEvents().assertStatistics(s -> s.succeeded(2));

        assertThat(URLS).hasSize(2).noneMatch(RawHttp::listens);
    }

    @Test
    void perClassLifetimeSharesOneServerWithScenarioAndJournalResetBeforeEachTest() {
        Engine.run(PerClass.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(URLS).hasSize(2).containsOnly(URLS.get(0));
        assertThat(RawHttp.listens(URLS.get(0))).as("stopped after the class").isFalse();
    }

    @Test
    void aStaticFieldMakesTheServerLiveForTheClass() {
        Engine.run(StaticField.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(URLS).hasSize(3).containsOnly(URLS.get(0));
    }

    private static void callOnceAndRecord(WamockHandle wamock) {
        assertThat(Http.to(wamock).number().status()).isEqualTo(200);
        assertThat(wamock.journal().size()).isEqualTo(1);
        assertThat(RawHttp.listens(wamock.baseUrl())).as("listening during its test").isTrue();
        URLS.add(wamock.baseUrl());
    }

    @EngineFixture
    @WamockTest
    static class PerTest {
        @Test
        void first(WamockHandle wamock) {
            callOnceAndRecord(wamock);
        }

        @Test
        void second(WamockHandle wamock) {
            callOnceAndRecord(wamock);
        }
    }

    @EngineFixture
    @WamockTest(lifetime = WamockTest.Lifetime.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClass {
        @Test
        @Order(1)
        void leavesAScenarioActive(WamockHandle wamock) {
            callOnceAndRecord(wamock);
            wamock.use("http-500");
            assertThat(Http.to(wamock).number().status()).isEqualTo(500);
        }

        @Test
        @Order(2)
        void startsWithoutIt(WamockHandle wamock) {
            assertThat(wamock.progress()).isNull();
            callOnceAndRecord(wamock);
        }
    }

    @EngineFixture
    @WamockTest
    static class StaticField {
        @WamockInstance
        static WamockHandle wamock;

        @BeforeAll
        static void seeTheClassServer(WamockControl control) {
            URLS.add(control.baseUrl());
        }

        @Test
        void first() {
            callOnceAndRecord(wamock);
        }

        @Test
        void second() {
            callOnceAndRecord(wamock);
        }
    }
}
