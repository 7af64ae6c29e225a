package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.engine.Mappers;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioModelTest {
    private static final String YAML = """
            name: flaky
            description: two 500s then ok
            steps:
              - error: server-error
                times: 2
              - pass: true
            """;

    @Test
    void java_dsl_yaml_and_json_build_the_same_scenario() {
        Scenario dsl = Scenario.named("flaky").describedAs("two 500s then ok")
                .then(Step.error("server-error").times(2)).then(Step.passThrough()).build();
        Scenario fromYaml = ScenarioFiles.parse("flaky.yaml", YAML).get(0);
        String json = Mappers.JSON.writeValueAsString(dsl);
        Scenario fromJson = ScenarioFiles.parse("flaky.json", json).get(0);

        assertThat(fromYaml).isEqualTo(dsl);
        assertThat(fromJson).isEqualTo(dsl);
    }

    @Test
    void an_error_object_defaults_to_the_documented_body_and_changes_only_what_it_names() {
        Scenario s = ScenarioFiles.parse("x.yaml", """
                name: expired
                steps:
                  - error: { name: expired-token, subcode: 460 }
                """).get(0);
        Answer.Error e = (Answer.Error) s.steps().get(0).answer();

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.error().code()).isEqualTo(190);
        assertThat(e.error().subcode()).isEqualTo(460);
        assertThat(e.error().message()).isEqualTo("Invalid OAuth access token");
    }

    @Test
    void an_undocumented_status_gets_a_transient_body() {
        Answer.Error e = (Answer.Error) Step.error(ErrorSpec.status(503))
                .answer();

        assertThat(e.status()).isEqualTo(503);
        assertThat(e.error().isTransient()).isTrue();
        assertThat(e.name()).isNull();
    }

    @Test
    void a_state_step_overrides_fields_of_the_number() {
        Answer.State state = (Answer.State) Step.state(java.util.Map.of("quality_rating", "RED", "status", "FLAGGED")).answer();

        AccountNumber changed = state.apply(Fixtures.defaults().all().get(0));

        assertThat(changed.qualityRating()).isEqualTo(QualityRating.RED);
        assertThat(changed.status()).isEqualTo(NumberStatus.FLAGGED);
        assertThat(changed.id()).isEqualTo(Fixtures.defaults().all().get(0).id());
    }

    @Test
    void every_serialised_step_reads_back_equal() {
        for (CatalogueEntry b : BuiltInScenarios.all()) {
            String json = Mappers.JSON.writeValueAsString(b.scenario());
            assertThat(ScenarioFiles.parse(b.name() + ".json", json)).containsExactly(b.scenario());
        }
    }

    @Test
    void nonsense_is_refused_with_the_rule() {
        assertThatThrownBy(() -> Step.error("server-error").times(0)).hasMessageContaining("times must be at least 1");
        assertThatThrownBy(() -> Scenario.of("bad name!", Step.passThrough())).hasMessageContaining("scenario name");
        assertThatThrownBy(() -> new Scenario("x", null, true, List.of(Step.passThrough())))
                .hasMessageContaining("every step needs 'times'");
        assertThatThrownBy(() -> Step.state(java.util.Map.of("quality", "RED")))
                .hasMessageContaining("did you mean 'quality_rating'");
        assertThatThrownBy(() -> Step.state(AccountField.QUALITY_RATING, "PURPLE"))
                .hasMessageContaining("quality_rating cannot be 'PURPLE'; allowed: [GREEN, YELLOW, RED, NA]");
    }
}
