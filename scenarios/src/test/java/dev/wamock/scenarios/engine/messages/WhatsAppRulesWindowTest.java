package dev.wamock.scenarios.engine.messages;

import static dev.wamock.scenarios.engine.messages.Sends.NUMBER;
import static dev.wamock.scenarios.engine.messages.Sends.helloWorld;
import static dev.wamock.scenarios.engine.messages.Sends.seconds;
import static dev.wamock.scenarios.engine.messages.Sends.template;
import static dev.wamock.scenarios.engine.messages.Sends.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.MessageTemplate;
import dev.wamock.scenarios.MessagingLimits;
import org.junit.jupiter.api.Test;

/** The 24-hour window and the failures reported later (131047, 131026, 131048, 131049). */
class WhatsAppRulesWindowTest {
    private static final long HOUR = 3600;

    @Test
    void a_text_without_an_inbound_message_gets_an_id_and_fails_later_with_131047() {
        SendVerdict v = new WhatsAppRules(MessagingLimits.defaults()).check(text("15550001111"), 0);
        assertThat(v.accepted()).isTrue();
        assertThat(v.httpStatus()).isEqualTo(200);
        assertThat(v.failure().code()).isEqualTo(131047);
        assertThat(v.failure().message()).isEqualTo("(#131047) Re-engagement message");
    }

    @Test
    void the_window_opens_on_an_inbound_message_and_closes_24_hours_later_while_templates_always_go() {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults());
        rules.inboundFrom(NUMBER, "15550001111", seconds(10));
        assertThat(rules.check(text("+1 555 000 1111"), seconds(20))).isEqualTo(SendVerdict.goes());
        assertThat(rules.check(text("15550001111"), seconds(10 + 24 * HOUR - 1))).isEqualTo(SendVerdict.goes());
        assertThat(rules.check(text("15550001111"), seconds(10 + 24 * HOUR)).failure().code()).isEqualTo(131047);
        assertThat(rules.check(helloWorld("15550001111"), seconds(10 + 48 * HOUR))).isEqualTo(SendVerdict.goes());
        rules.inboundFrom(NUMBER, "15550001111", seconds(50 * HOUR));
        assertThat(rules.check(text("15550001111"), seconds(50 * HOUR + 60))).as("opened again").isEqualTo(SendVerdict.goes());
    }

    @Test
    void the_window_is_per_business_number() {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults());
        rules.inboundFrom("another-number", "15550001111", 0);
        assertThat(rules.check(text("15550001111"), seconds(1)).failure().code()).isEqualTo(131047);
    }

    @Test
    void an_undeliverable_recipient_gets_an_id_and_fails_later_with_131026() {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults().withUndeliverable("+1 555-000-9999"));
        SendVerdict v = rules.check(helloWorld("15550009999"), 0);
        assertThat(v.accepted()).isTrue();
        assertThat(v.failure().code()).isEqualTo(131026);
        assertThat(v.failure().errorData()).containsEntry("messaging_product", "whatsapp");
        assertThat(rules.check(helloWorld("15550001111"), 0)).isEqualTo(SendVerdict.goes());
    }

    @Test
    void a_spam_limited_number_fails_every_send_later_with_131048() {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults().withSpamLimited(NUMBER));
        assertThat(rules.check(helloWorld("15550001111"), 0).failure().code()).isEqualTo(131048);
    }

    @Test
    void a_user_past_the_marketing_limit_gets_131049_for_marketing_templates_only_until_a_day_has_passed() {
        MessageTemplate promo = MessageTemplate.approved("promo", "en_US", MessageTemplate.Category.MARKETING, 0);
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults().withTemplate(promo)
                .withTemplate(MessageTemplate.HELLO_WORLD).withMarketingPerUserPerDay(2));
        assertThat(rules.check(template("1", "promo", "en_US"), 0)).isEqualTo(SendVerdict.goes());
        assertThat(rules.check(template("1", "promo", "en_US"), seconds(60))).isEqualTo(SendVerdict.goes());
        assertThat(rules.check(template("1", "promo", "en_US"), seconds(120)).failure().code()).isEqualTo(131049);
        assertThat(rules.check(helloWorld("1"), seconds(180))).as("a utility template").isEqualTo(SendVerdict.goes());
        assertThat(rules.check(template("2", "promo", "en_US"), seconds(180))).as("another user").isEqualTo(SendVerdict.goes());
        assertThat(rules.check(template("1", "promo", "en_US"), seconds(24 * HOUR))).isEqualTo(SendVerdict.goes());
    }

    @Test
    void without_a_marketing_limit_marketing_templates_go() {
        MessageTemplate promo = MessageTemplate.approved("promo", "en_US", MessageTemplate.Category.MARKETING, 0);
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults().withTemplate(promo));
        for (int i = 0; i < 10; i++) {
            assertThat(rules.check(template("1", "promo", "en_US"), seconds(6 * i))).isEqualTo(SendVerdict.goes());
        }
    }
}
