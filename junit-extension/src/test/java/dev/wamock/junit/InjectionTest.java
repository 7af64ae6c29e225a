package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests reach their server through parameters (methods, constructors) and {@link WamockInstance} fields. */
class InjectionTest {

    @Test
    void aHandleAndAControlParameterDriveTheSameServer() {
        Engine.run(BothParameterTypes.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void aFieldABeforeEachParameterAndATestParameterSeeTheSameServer() {
        Engine.run(FieldAndParameters.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void aFieldDeclaredInASuperclassIsSet() {
        Engine.run(InheritedField.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void aConstructorParameterGetsTheTestsOwnServer() {
        Engine.run(ConstructorParameter.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @EngineFixture
    @WamockTest
    static class BothParameterTypes {
        @Test
        void test(WamockHandle handle, WamockControl control) {
            assertThat(control).isEqualTo(handle);
            assertThat(Http.to(control).number().status()).isEqualTo(200);
            assertThat(handle.journal().size()).isEqualTo(1);
        }
    }

    @EngineFixture
    @WamockTest
    static class FieldAndParameters {
        @WamockInstance
        private WamockHandle wamock;
        private WamockHandle fromBeforeEach;

        @BeforeEach
        void remember(WamockHandle handle) {
            fromBeforeEach = handle;
        }

        @Test
        void first(WamockHandle handle) {
            assertThat(wamock).isNotNull().isEqualTo(handle).isEqualTo(fromBeforeEach);
        }

        @Test
        void second(WamockHandle handle) {
            assertThat(wamock).isNotNull().isEqualTo(handle).isEqualTo(fromBeforeEach);
        }
    }

    @WamockTest
    abstract static class BaseWithField {
        @WamockInstance
        protected WamockControl wamock;
    }

    @EngineFixture
    static class InheritedField extends BaseWithField {
        @Test
        void test() {
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
            assertThat(wamock.journal().size()).isEqualTo(1);
        }
    }

    @EngineFixture
    @WamockTest
    static class ConstructorParameter {
        private final WamockHandle fromConstructor;

        ConstructorParameter(WamockHandle handle) {
            this.fromConstructor = handle;
        }

        @Test
        void first(WamockHandle handle) {
            assertThat(fromConstructor).isEqualTo(handle);
        }

        @Test
        void second(WamockHandle handle) {
            assertThat(fromConstructor).isEqualTo(handle);
        }
    }
}
