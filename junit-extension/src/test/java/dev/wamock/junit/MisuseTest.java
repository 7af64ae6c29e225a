package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A misused annotation or attribute fails with a message that names the rule, the value and the fix. */
class MisuseTest {

    @Test
    void anUnknownScenarioNameSuggestsTheClosestOne() {
        assertThat(Engine.onlyFailure(Engine.run(UnknownScenario.class)))
                .hasMessageContaining("@WamockScenario(\"transient-then-okk\") for test 'test(WamockHandle)'")
                .hasMessageContaining("unknown scenario 'transient-then-okk'; did you mean 'transient-then-ok'?");
    }

    @Test
    void aFieldOfAnotherTypeNamesTheAllowedTypes() {
        assertThat(Engine.onlyFailure(Engine.run(WrongFieldType.class)))
                .hasMessageContaining("@WamockInstance field 'wamock' in " + WrongFieldType.class.getName())
                .hasMessageContaining("has type java.lang.String; declare it as WamockHandle or WamockControl");
    }

    @Test
    void aFinalFieldAsksToRemoveFinal() {
        assertThat(Engine.onlyFailure(Engine.run(FinalField.class)))
                .hasMessageContaining("@WamockInstance field 'wamock'")
                .hasMessageContaining("is final; remove 'final'");
    }

    @Test
    void aHandleInBeforeAllNeedsAServerPerClass() {
        assertThat(Engine.onlyFailure(Engine.run(BeforeAllPerTest.class)))
                .hasMessageContaining("runs once per class, but the wamock server lives per test")
                .hasMessageContaining("@WamockTest(lifetime = PER_CLASS)");
    }

    @Test
    void aMissingResourceNamesTheFileAndWhereToPutIt() {
        assertThat(Engine.onlyFailure(Engine.run(MissingFixtures.class)))
                .hasMessageContaining("fixtures = \"/wamock/nope.yaml\": no resource /wamock/nope.yaml on the classpath")
                .hasMessageContaining("put the file at src/test/resources/wamock/nope.yaml");
    }

    @Test
    void theAnnotationAndABuilderTogetherAreRejected() {
        assertThat(Engine.onlyFailure(Engine.run(RegisteredTwice.class)))
                .hasMessageContaining("WamockExtension is registered twice for " + RegisteredTwice.class.getName());
    }

    @EngineFixture
    @WamockTest
    static class UnknownScenario {
        @Test
        @WamockScenario("transient-then-okk")
        void test(WamockHandle wamock) {
            assertThat(wamock).isNotNull();
        }
    }

    @EngineFixture
    @WamockTest
    static class WrongFieldType {
        @WamockInstance
        String wamock;

        @Test
        void test() {
            assertThat(wamock).isNotNull();
        }
    }

    @EngineFixture
    @WamockTest
    static class FinalField {
        @WamockInstance
        final WamockHandle wamock = null;

        @Test
        void test() {
            assertThat(wamock).isNotNull();
        }
    }

    @EngineFixture
    @WamockTest
    static class BeforeAllPerTest {
        @BeforeAll
        static void needsAServer(WamockHandle wamock) {
            assertThat(wamock).isNotNull();
        }

        @Test
        void test() {
            // never runs: the @BeforeAll method fails first
        }
    }

    @EngineFixture
    @WamockTest(fixtures = "/wamock/nope.yaml")
    static class MissingFixtures {
        @Test
        void test(WamockHandle wamock) {
            assertThat(wamock).isNotNull();
        }
    }

    @EngineFixture
    @WamockTest
    static class RegisteredTwice {
        @RegisterExtension
        static WamockExtension extension = WamockExtension.builder().build();

        @Test
        void test(WamockHandle wamock) {
            assertThat(wamock).isNotNull();
        }
    }
}
