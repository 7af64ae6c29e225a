package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.server.testing.Http;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@link WamockScenarioSource}: a parameterized test over the built-in catalogue, by tag and by name. */
class ScenarioSourceTest {

    private static List<String> invocationNames(EngineExecutionResults results) {
        return results.testEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList();
    }

    @Test
    void aTagGivesOneInvocationPerTaggedBuiltInEachWithItsOwnFreshServer() {
        EngineExecutionResults results = Engine.run(ByTag.class);

        results.testEvents().assertStatistics(s -> s.started(7).succeeded(7));
        assertThat(invocationNames(results)).containsExactly("[1] http-400 (555000000400)",
                "[2] http-401 (555000000401)", "[3] http-403 (555000000403)", "[4] http-404 (555000000404)",
                "[5] http-422 (555000000422)", "[6] http-429 (555000000429)", "[7] http-500 (555000000500)");
    }

    @Test
    void namesAndTagsTogetherAreTheirUnionInCatalogueOrderEachOnce() {
        EngineExecutionResults results = Engine.run(NamesAndTags.class);

        results.testEvents().assertStatistics(s -> s.started(5).succeeded(5));
        assertThat(invocationNames(results)).containsExactly("[1] http-429 (555000000429)",
                "[2] connection-reset (555080000001)", "[3] reset-once-then-ok (555080000007)",
                "[4] transient-then-ok (555090000001)", "[5] rate-limited-then-ok (555090000002)");
    }

    @Test
    void theFirstParameterMayBeTheScenarioOrItsName() {
        Engine.run(AsScenarioAndName.class).testEvents().assertStatistics(s -> s.started(6).succeeded(6));
    }

    @Test
    void withoutTagsOrNamesItRunsTheWholeCatalogue() {
        int all = BuiltInScenarios.all().size();

        Engine.run(Everything.class).testEvents().assertStatistics(s -> s.started(all).succeeded(all));
    }

    @Test
    void anUnknownTagFailsNamingTheMethodAndTheClosestTag() {
        assertThat(Engine.onlyFailure(Engine.run(UnknownTag.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@WamockScenarioSource(tags = [documented-error], names = []) on method")
                .hasMessageContaining("UnknownTag.test")
                .hasMessageContaining("unknown tag 'documented-error'; did you mean 'documented-errors'?");
    }

    @Test
    void anUnknownNameFailsWithTheClosestName() {
        assertThat(Engine.onlyFailure(Engine.run(UnknownName.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("unknown scenario 'transient-than-ok'; did you mean 'transient-then-ok'?");
    }

    @Test
    void aFirstParameterOfAnotherTypeFailsSayingWhichTypesWork() {
        assertThat(Engine.onlyFailure(Engine.run(WrongType.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("must be a CatalogueEntry, a Scenario or a String (its name), but is int");
    }

    @EngineFixture
    @WamockTest
    static class ByTag {
        @ParameterizedTest
        @WamockScenarioSource(tags = "documented-errors")
        void test(CatalogueEntry scenario, WamockHandle wamock) {
            assertThat(wamock.journal().size()).as("a fresh server").isZero();
            int documented = ((Answer.Error) scenario.scenario().steps().get(0).answer()).status();

            assertThat(Http.to(wamock).graph("/v23.0/" + scenario.magicNumber()).status())
                    .isEqualTo(documented);
            assertThat(scenario.tags()).contains("documented-errors");
        }
    }

    @EngineFixture
    static class NamesAndTags {
        @ParameterizedTest
        @WamockScenarioSource(names = {"rate-limited-then-ok", "connection-reset"},
                tags = {"rate-limits", "recoverable"})
        void test(CatalogueEntry scenario) {
            assertThat(scenario.name()).isNotBlank();
        }
    }

    @EngineFixture
    @WamockTest
    static class AsScenarioAndName {
        @ParameterizedTest
        @WamockScenarioSource(tags = "recoverable")
        void asScenario(Scenario scenario, WamockHandle wamock) {
            wamock.use(scenario);
            assertThat(wamock.progress().name()).isEqualTo(scenario.name());
        }

        @ParameterizedTest
        @WamockScenarioSource(names = {"http-500", "http-429", "quality-red"})
        void asName(String name, WamockHandle wamock) {
            wamock.use(name);
            int expected = name.startsWith("http-") ? Integer.parseInt(name.substring("http-".length())) : 200;
            assertThat(Http.to(wamock).number().status()).isEqualTo(expected);
        }
    }

    @EngineFixture
    static class Everything {
        @ParameterizedTest
        @WamockScenarioSource
        void test(CatalogueEntry scenario) {
            assertThat(scenario.magicNumber()).startsWith("555");
        }
    }

    @EngineFixture
    static class UnknownTag {
        @ParameterizedTest
        @WamockScenarioSource(tags = "documented-error")
        void test(CatalogueEntry scenario) {
        }
    }

    @EngineFixture
    static class UnknownName {
        @ParameterizedTest
        @WamockScenarioSource(names = "transient-than-ok")
        void test(String name) {
        }
    }

    @EngineFixture
    static class WrongType {
        @ParameterizedTest
        @WamockScenarioSource(names = "http-500")
        void test(int status) {
        }
    }
}
