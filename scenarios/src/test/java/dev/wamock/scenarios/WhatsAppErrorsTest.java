package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.engine.Mappers;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WhatsApp's catalogue: sourced, unique, and a name a scenario step answers. */
class WhatsAppErrorsTest {

    @Test
    void every_entry_has_a_source_url_texts_and_a_unique_code_and_name_apart_from_the_endpoints_names() {
        List<WhatsAppError> all = WhatsAppErrors.all();
        assertThat(all).extracting(WhatsAppError::code).doesNotHaveDuplicates()
                .contains(130429, 131056, 131047, 131026, 131048, 131049, 132000, 132001, 132005, 132007, 132012,
                        132015, 132016);
        assertThat(all).extracting(WhatsAppError::name).doesNotHaveDuplicates();
        assertThat(new HashSet<>(WhatsAppErrors.names())).doesNotContainAnyElementsOf(DocumentedErrors.names());
        assertThat(all).allSatisfy(e -> {
            assertThat(e.source()).startsWith("https://");
            assertThat(e.title()).isNotBlank();
            assertThat(e.details()).isNotBlank();
            assertThat(e.metaSource()).isEqualTo(e.source().startsWith("https://developers.facebook.com/"));
        });
    }

    @Test
    void an_entrys_body_is_shaped_as_production_writes_whatsapp_errors() {
        GraphError e = WhatsAppErrors.named("pair-rate-limit").graphError();
        assertThat(e.message()).isEqualTo("(#131056) (Business Account, Consumer Account) pair rate limit hit");
        assertThat(e.type()).isEqualTo("OAuthException");
        assertThat(e.code()).isEqualTo(131056);
        assertThat(e.errorData()).containsEntry("messaging_product", "whatsapp").containsKey("details");
        assertThat(Mappers.JSON.writeValueAsString(e)).contains("\"error_data\":{\"messaging_product\":\"whatsapp\"");
    }

    @Test
    void a_step_answers_a_whatsapp_error_by_name_in_java_and_in_a_file_and_writes_it_back() {
        Answer.Error java = (Answer.Error) Step.error("pair-rate-limit").answer();
        assertThat(java.status()).isEqualTo(400);
        assertThat(java.error().code()).isEqualTo(131056);
        assertThat(java.error().errorData()).containsEntry("messaging_product", "whatsapp");

        Scenario s = ScenarioFiles.parse("pair.yaml", """
                name: pair
                steps:
                  - error: pair-rate-limit
                    times: 1
                  - error: {name: template-not-found, message: "(#132001) Template name does not exist in the translation"}
                """).get(0);
        Answer.Error fromFile = (Answer.Error) s.steps().get(0).answer();
        assertThat(fromFile).isEqualTo(java);
        Answer.Error second = (Answer.Error) s.steps().get(1).answer();
        assertThat(second.status()).isEqualTo(404);
        assertThat(second.error().code()).isEqualTo(132001);
        assertThat(second.error().errorData()).containsKey("details");

        Step back = Mappers.JSON.readValue(Mappers.JSON.writeValueAsString(s.steps().get(0)), Step.class);
        assertThat(back.answer()).isEqualTo(java);
    }

    @Test
    void an_unknown_name_gets_a_did_you_mean_over_both_catalogues() {
        assertThatThrownBy(() -> Step.error("pair-rate-limt"))
                .hasMessageContaining("did you mean 'pair-rate-limit'?")
                .hasMessageContaining("server-error");
        assertThatThrownBy(() -> ErrorSpec.named("server-eror")).hasMessageContaining("did you mean 'server-error'?");
        assertThatThrownBy(() -> WhatsAppErrors.named("undeliverabel")).hasMessageContaining("did you mean 'undeliverable'?");
    }

    @Test
    void the_endpoints_catalogue_keeps_its_seven_entries() {
        assertThat(DocumentedErrors.all()).hasSize(7);
        assertThat(DocumentedErrors.names()).doesNotContain("pair-rate-limit");
    }
}
