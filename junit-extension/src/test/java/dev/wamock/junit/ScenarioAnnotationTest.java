package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import org.junit.jupiter.api.Nested;
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

    /** The extension reads a site's annotations once per run: a site is the method and the class that runs it. */
    @Test
    void aTestMethodInheritedByTwoClassesGetsTheScenarioOfTheClassThatRunsIt() {
        Engine.run(Inherited.class).testEvents().assertStatistics(s -> s.started(4).succeeded(4));
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
            assertThat(Http.to(wamock).number().status()).isEqualTo(500);
            assertThat(wamock.journal().entries().get(0).scenario()).isEqualTo("http-500");
        }

        @Test
        void withoutScenario(WamockHandle wamock) {
            assertThat(wamock.progress()).isNull();
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
        }
    }

    @EngineFixture
    @WamockTest
    @WamockScenario("http-429")
    static class OnClass {
        @Test
        void classScenario(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(429);
        }

        @Test
        @WamockScenario("http-500")
        void ownScenario(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(500);
        }
    }

    @EngineFixture
    @WamockTest(scenarioFiles = "/wamock/flaky.yaml")
    static class FromFile {
        @Test
        @WamockScenario("flaky-from-file")
        void test(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(429);
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
            assertThat(wamock.progress().name()).isEqualTo("flaky-from-file");
        }
    }

    @EngineFixture
    @WamockTest(fixtures = "wamock/one-number.yaml")
    static class WithFixtures {
        @Test
        void test(WamockHandle wamock) {
            assertThat(Http.to(wamock).graph("/v23.0/100000000000001").status()).isEqualTo(200);
            assertThat(Http.to(wamock).number().status()).as("a default number").isNotEqualTo(200);
        }
    }

    @EngineFixture
    @WamockTest(requireToken = Http.TOKEN)
    static class WithRequiredToken {
        @Test
        void test(WamockHandle wamock) {
            assertThat(Http.to(wamock).withToken("fake-token-9999").number().status()).isEqualTo(401);
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
        }
    }

    /** One test method, run by two classes with different scenarios. */
    abstract static class AnswersAsItsClassSays {
        abstract int expected();

        @Test
        void first(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(expected());
        }

        @Test
        void second(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(expected());
        }
    }

    @EngineFixture
    @WamockTest
    static class Inherited {
        @Nested
        @WamockScenario("http-500")
        class Fails500 extends AnswersAsItsClassSays {
            @Override
            int expected() {
                return 500;
            }
        }

        @Nested
        @WamockScenario("http-429")
        class Fails429 extends AnswersAsItsClassSays {
            @Override
            int expected() {
                return 429;
            }
        }
    }
}
