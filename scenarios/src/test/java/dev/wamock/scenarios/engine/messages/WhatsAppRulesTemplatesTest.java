package dev.wamock.scenarios.engine.messages;

import static dev.wamock.scenarios.engine.messages.Sends.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.MessageTemplate;
import dev.wamock.scenarios.MessageTemplate.Category;
import dev.wamock.scenarios.MessageTemplate.Status;
import dev.wamock.scenarios.MessagingLimits;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Each template error, against a small catalogue; every one is refused at once. */
class WhatsAppRulesTemplatesTest {
    private static final MessageTemplate ORDER = MessageTemplate.approved("order_update", "en_US", Category.UTILITY, 2);
    private final WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults().withTemplate(MessageTemplate.HELLO_WORLD)
            .withTemplate(ORDER)
            .withTemplate(MessageTemplate.approved("old", "en_US", Category.UTILITY, 0).withStatus(Status.PAUSED))
            .withTemplate(MessageTemplate.approved("gone", "en_US", Category.UTILITY, 0).withStatus(Status.DISABLED))
            .withTemplate(MessageTemplate.approved("new", "en_US", Category.UTILITY, 0).withStatus(Status.PENDING)));

    private SendVerdict send(OutgoingMessage m) {
        return rules.check(m, 0);
    }

    private static void refused(SendVerdict v, int code, int status, String details) {
        assertThat(v.accepted()).isFalse();
        assertThat(v.refusal().code()).isEqualTo(code);
        assertThat(v.httpStatus()).isEqualTo(status);
        assertThat((String) v.refusal().errorData().get("details")).contains(details);
    }

    @Test
    void with_no_templates_declared_any_name_goes_outside_the_window_and_only_the_parameters_form_is_checked() {
        WhatsAppRules open = new WhatsAppRules(MessagingLimits.defaults());

        assertThat(open.check(template("1", "my_own_template", "pt_BR", "Ana"), 0)).isEqualTo(SendVerdict.goes());
        SendVerdict tab = open.check(template("2", "my_own_template", "pt_BR", "Ana\tSilva"), 0);
        assertThat(tab.refusal().code()).isEqualTo(132007);
    }

    @Test
    void a_declared_catalogue_sends_metas_hello_world_and_a_well_formed_template_goes() {
        assertThat(send(template("1", "hello_world", "en_US"))).isEqualTo(SendVerdict.goes());
        assertThat(send(template("2", "order_update", "en_US", "Ana", "#123"))).isEqualTo(SendVerdict.goes());
    }

    @Test
    void a_template_missing_in_the_language_or_not_approved_is_132001() {
        refused(send(template("1", "hello_wrld", "en_US")), 132001, 404, "template name (hello_wrld) does not exist in en_US");
        refused(send(template("1", "hello_world", "pt_BR")), 132001, 404, "does not exist in pt_BR");
        refused(send(template("1", "new", "en_US")), 132001, 404, "PENDING");
    }

    @Test
    void a_paused_template_is_132015_and_a_disabled_one_132016() {
        refused(send(template("1", "old", "en_US")), 132015, 400, "paused due to low quality");
        refused(send(template("1", "gone", "en_US")), 132016, 400, "permanently disabled");
    }

    @Test
    void too_few_or_too_many_body_parameters_is_132000_with_both_counts() {
        refused(send(template("1", "order_update", "en_US", "Ana")), 132000,
                400, "number of localizable_params (1) does not match the expected number of params (2)");
        refused(send(template("1", "hello_world", "en_US", "x")), 132000, 400, "(1)");
    }

    @Test
    void a_body_parameter_without_its_value_or_of_a_media_type_is_132012() {
        OutgoingMessage m = template("1", "order_update", "en_US", "Ana", "#123");
        ObjectNode second = (ObjectNode) m.body().path("template").path("components").get(0).path("parameters").get(1);
        second.removeAll().put("type", "image").putObject("image").put("link", "https://example.com/a.jpg");
        refused(send(m), 132012, 400, "body parameter 2 has type 'image'");
    }

    @Test
    void a_parameter_with_a_new_line_a_tab_or_five_spaces_is_132007() {
        refused(send(template("1", "order_update", "en_US", "Ana\nB", "#1")), 132007, 400, "new-line/tab");
        refused(send(template("1", "order_update", "en_US", "Ana", "a     b")), 132007, 400, "4 consecutive spaces");
    }

    @Test
    void body_parameters_longer_than_1024_characters_together_are_132005() {
        refused(send(template("1", "order_update", "en_US", "a".repeat(600), "b".repeat(425))), 132005, 400, "1025");
        assertThat(send(template("2", "order_update", "en_US", "a".repeat(600), "b".repeat(424)))).isEqualTo(SendVerdict.goes());
    }
}
