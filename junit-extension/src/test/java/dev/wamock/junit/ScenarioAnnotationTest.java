package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link WamockScenario} on methods and classes; scenario files, fixtures and a required token from {@link WamockTest}. */
class ScenarioAnnotationTest {

    @Test
    void aScenarioOnAMethodIsActiveForThatTestOnly() {
        Engine.run(OnMethod.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void aScenarioOnTheClassAppliesToEveryTestAndAMethodsOwnWins() {
        Engine.run(OnClass.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void aScenarioFromAClasspathFileIsUsableByName() {
        Engine.run(FromFile.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void fixturesFromTheClasspathReplaceTheDefaultNumbers() {
        Engine.run(WithFixtures.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void aRequiredTokenTurnsAwayEveryOtherToken() {
        Engine.run(WithRequiredToken.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @EngineFixture
    @WamockTest
    static class OnMethod {
        @Test
        @WamockScenario("http-500")
        void withScenario(WamockHandle wamock) {
            assertThat(Graph.getNumber(wamock)).isEqualTo(500);
            assertThat(wamock.journal().entries().get(0).scenario()).isEqualTo("http-500");
        }

        @Test
        void withoutScenario(WamockHandle wamock) {
            assertThat(wamock.progress()).isNull();
            assertThat(Graph.getNumber(wamock)).isEqualTo(200);
        }
    }

    @EngineFixture
    @WamockTest
    @WamockScenario("http-429")
    static class OnClass {
        @Test
        void classScenario(WamockHandle wamock) {
            assertThat(Graph.getNumber(wamock)).isEqualTo(429);
        }

        @Test
        @WamockScenario("http-500")
        void ownScenario(WamockHandle wamock) {
            assertThat(Graph.getNumber(wamock)).isEqualTo(500);
        }
    }

    @EngineFixture
    @WamockTest(scenarioFiles = "/wamock/flaky.yaml")
    static class FromFile {
        @Test
        @WamockScenario("flaky-from-file")
        void test(WamockHandle wamock) {
            assertThat(Graph.getNumber(wamock)).isEqualTo(429);
            assertThat(Graph.getNumber(wamock)).isEqualTo(200);
            assertThat(wamock.progress().name()).isEqualTo("flaky-from-file");
        }
    }

    @EngineFixture
    @WamockTest(fixtures = "wamock/one-number.yaml")
    static class WithFixtures {
        @Test
        void test(WamockHandle wamock) {
            assertThat(Graph.get(wamock.baseUrl(), "/v23.0/100000000000001", Graph.TOKEN)).isEqualTo(200);
            assertThat(Graph.getNumber(wamock)).as("a default number").isNotEqualTo(200);
        }
    }

    @EngineFixture
    @WamockTest(requireToken = Graph.TOKEN)
    static class WithRequiredToken {
        @Test
        void test(WamockHandle wamock) {
            assertThat(Graph.get(wamock.baseUrl(), "/v23.0/" + Graph.NUMBER, "fake-token-9999")).isEqualTo(401);
            assertThat(Graph.getNumber(wamock)).isEqualTo(200);
        }
    }
}
