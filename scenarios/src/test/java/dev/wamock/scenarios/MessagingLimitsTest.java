package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.engine.Mappers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The limits' defaults, withers and JSON shape. */
class MessagingLimitsTest {

    @Test
    void the_defaults_are_metas_documented_values_and_hello_world() {
        MessagingLimits d = MessagingLimits.defaults();
        assertThat(d.messagesPerSecond()).isEqualTo(80);
        assertThat(d.pairInterval()).isEqualTo(Duration.ofSeconds(6));
        assertThat(d.pairBurst()).isEqualTo(45);
        assertThat(d.serviceWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(d.marketingPerUserPerDay()).isNull();
        assertThat(d.templates()).isEmpty();
    }

    @Test
    void the_json_form_reads_back_and_missing_keys_take_the_defaults() {
        MessagingLimits limits = MessagingLimits.defaults().withMessagesPerSecond(10)
                .withPairLimit(Duration.ofMillis(1500), 3).withUndeliverable("+1 555-000-9999")
                .withMarketingPerUserPerDay(2).withTemplate(MessageTemplate.approved("promo", "pt_BR",
                        MessageTemplate.Category.MARKETING, 1));
        String json = Mappers.JSON.writeValueAsString(limits);
        assertThat(json).contains("\"pairInterval\":\"1500ms\"", "\"undeliverable\":[\"15550009999\"]");
        assertThat(Mappers.STRICT_JSON.readValue(json, MessagingLimits.class)).isEqualTo(limits);
        assertThat(Mappers.STRICT_JSON.readValue("{\"messagesPerSecond\": 5}", MessagingLimits.class))
                .isEqualTo(MessagingLimits.defaults().withMessagesPerSecond(5));
    }

    @Test
    void bad_values_are_refused_with_the_rule_and_the_value() {
        assertThatThrownBy(() -> MessagingLimits.defaults().withMessagesPerSecond(0))
                .hasMessage("messagesPerSecond must be at least 1 but was 0");
        assertThatThrownBy(() -> MessagingLimits.defaults().withPairLimit(Duration.ZERO, 1))
                .hasMessageContaining("pairInterval must be a positive duration");
        assertThatThrownBy(() -> Mappers.STRICT_JSON.readValue("{\"pairBurst\": 1, \"burst\": 2}", MessagingLimits.class))
                .hasMessageContaining("burst");
        assertThatThrownBy(() -> new MessageTemplate(" ", "en_US", null, 0, null)).hasMessageContaining("'name'");
    }
}
