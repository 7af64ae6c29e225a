package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code @Nested} classes inherit the configuration and scenario of their enclosing classes. */
class NestedTest {
    static final List<String> URLS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forgetUrls() {
        URLS.clear();
    }

    @Test
    void nestedTestsGetTheirOwnServerWithTheNearestScenarioAndTheOuterFieldSet() {
        Engine.run(PerTestOuter.class).testEvents().assertStatistics(s -> s.started(3).succeeded(3));

        assertThat(URLS).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void aPerClassServerOfTheEnclosingClassServesItsNestedClasses() {
        Engine.run(PerClassOuter.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(URLS).hasSize(2).containsOnly(URLS.get(0));
    }

    private static void expectStatus(WamockHandle wamock, int status) {
        assertThat(Http.to(wamock).number().status()).isEqualTo(status);
        assertThat(wamock.journal().size()).isEqualTo(1);
        URLS.add(wamock.baseUrl());
    }

    @EngineFixture
    @WamockTest
    @WamockScenario("http-429")
    static class PerTestOuter {
        @WamockInstance
        WamockHandle outerField;

        @Test
        void outer(WamockHandle wamock) {
            expectStatus(wamock, 429);
        }

        @Nested
        class Inner {
            @Test
            void inheritsTheEnclosingScenario(WamockHandle wamock) {
                expectStatus(wamock, 429);
                assertThat(outerField).isEqualTo(wamock);
            }

            @Nested
            @WamockScenario("http-500")
            class Deeper {
                @Test
                void itsOwnScenarioWins(WamockHandle wamock) {
                    expectStatus(wamock, 500);
                }
            }
        }
    }

    @EngineFixture
    @WamockTest(lifetime = WamockTest.Lifetime.PER_CLASS)
    static class PerClassOuter {
        @Test
        void outer(WamockHandle wamock) {
            expectStatus(wamock, 200);
        }

        @Nested
        class Inner {
            @Test
            void inner(WamockHandle wamock) {
                expectStatus(wamock, 200);
            }
        }
    }
}
