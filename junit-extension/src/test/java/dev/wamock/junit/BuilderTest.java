package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.Http;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code @RegisterExtension WamockExtension.builder()…} configures in code what {@link WamockTest} does by attribute. */
class BuilderTest {
    static final List<String> URLS = new CopyOnWriteArrayList<>();
    private static final String SECOND_DEFAULT_NUMBER = "113269274970227";
    /** The one number of {@code /wamock/one-number.yaml}. */
    private static final String FILE_NUMBER = "100000000000001";

    @BeforeEach
    void forgetUrls() {
        URLS.clear();
    }

    @Test
    void theAnnotationAndTheBuilderRunTheSameTestBodyAlike() {
        Engine.run(AnnotationForm.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        Engine.run(BuilderForm.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void scenariosAndFixturesCanBeGivenAsObjects() {
        Engine.run(InCode.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void perClassInAStaticFieldSharesOneServer() {
        Engine.run(PerClass.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

        assertThat(URLS).hasSize(2).containsOnly(URLS.get(0));
    }

    @Test
    void perClassInAnInstanceFieldAsksForAStaticOne() {
        assertThat(Engine.onlyFailure(Engine.run(PerClassInInstanceField.class)))
                .hasMessageContaining("perClass() needs the extension in a static @RegisterExtension field");
    }

    /** One test body, inherited by both forms; the field and the configuration come from the subclass. */
    abstract static class SameBody {
        @WamockInstance
        WamockControl wamock;

        @Test
        @WamockScenario("flaky-from-file")
        void scenarioFromTheFile() {
            assertThat(Http.to(wamock).graph("/v23.0/" + FILE_NUMBER).status()).isEqualTo(429);
            assertThat(Http.to(wamock).graph("/v23.0/" + FILE_NUMBER).status()).isEqualTo(200);
        }

        @Test
        void onlyTheNumbersOfTheFixturesFile() {
            assertThat(Http.to(wamock).graph("/v23.0/" + FILE_NUMBER).status()).isEqualTo(200);
            assertThat(Http.to(wamock).number().status()).isNotEqualTo(200);
        }
    }

    @EngineFixture
    @WamockTest(scenarioFiles = "/wamock/flaky.yaml", fixtures = "/wamock/one-number.yaml")
    static class AnnotationForm extends SameBody {
    }

    @EngineFixture
    static class BuilderForm extends SameBody {
        @RegisterExtension
        static WamockExtension extension = WamockExtension.builder()
                .scenarioFiles("/wamock/flaky.yaml")
                .fixtures("/wamock/one-number.yaml")
                .build();
    }

    @EngineFixture
    static class InCode {
        @RegisterExtension
        WamockExtension extension = WamockExtension.builder()
                .scenarios(Scenario.of("two-429s", Step.error("rate-limited").times(2), Step.passThrough()))
                .fixtures(Fixtures.of(List.of(Fixtures.defaults().find(Http.NUMBER).orElseThrow())))
                .build();

        @Test
        @WamockScenario("two-429s")
        void test(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(429);
            assertThat(Http.to(wamock).number().status()).isEqualTo(429);
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
            assertThat(Http.to(wamock).graph("/v23.0/" + SECOND_DEFAULT_NUMBER).status()).isNotEqualTo(200);
        }
    }

    @EngineFixture
    static class PerClass {
        @RegisterExtension
        static WamockExtension extension = WamockExtension.builder().perClass().build();

        @Test
        void first(WamockHandle wamock) {
            URLS.add(wamock.baseUrl());
        }

        @Test
        void second(WamockHandle wamock) {
            URLS.add(wamock.baseUrl());
        }
    }

    @EngineFixture
    static class PerClassInInstanceField {
        @RegisterExtension
        WamockExtension extension = WamockExtension.builder().perClass().build();

        @Test
        void test(WamockHandle wamock) {
            assertThat(wamock).isNotNull();
        }
    }
}
