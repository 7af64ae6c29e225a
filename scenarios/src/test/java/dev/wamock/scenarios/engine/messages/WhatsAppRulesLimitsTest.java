package dev.wamock.scenarios.engine.messages;

import static dev.wamock.scenarios.engine.messages.Sends.helloWorld;
import static dev.wamock.scenarios.engine.messages.Sends.seconds;
import static dev.wamock.scenarios.engine.messages.Sends.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.engine.MockClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Throughput, the pair limit, memory: on explicit clock readings, never sleeping. */
class WhatsAppRulesLimitsTest {

    @Test
    void the_81st_message_within_one_second_is_refused_with_130429_and_the_next_seconds_first_goes() {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults());
        AtomicLong nanos = new AtomicLong();
        MockClock clock = new MockClock(nanos::get).manual();
        for (int i = 0; i < 80; i++) {
            assertThat(rules.check(helloWorld("1555000" + (1000 + i)), clock.nanos()).accepted()).as("send %d", i + 1).isTrue();
            clock.advance(Duration.ofMillis(10));
        }
        SendVerdict over = rules.check(helloWorld("15559999999"), clock.nanos());
        assertThat(over.accepted()).isFalse();
        assertThat(over.httpStatus()).isEqualTo(400);
        assertThat(over.refusal().code()).isEqualTo(130429);
        assertThat(over.refusal().message()).isEqualTo("(#130429) Rate limit hit");
        assertThat(over.refusal().errorData()).containsEntry("messaging_product", "whatsapp").containsKey("details");
        clock.advance(Duration.ofMillis(200)); // one second after the first send: it left the window
        assertThat(rules.check(helloWorld("15559999999"), clock.nanos())).isEqualTo(SendVerdict.goes());
    }

    @Test
    void throughput_is_counted_per_business_number() {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults().withMessagesPerSecond(2));
        assertThat(rules.check(helloWorld("1"), 0).accepted()).isTrue();
        assertThat(rules.check(helloWorld("2"), 0).accepted()).isTrue();
        assertThat(rules.check(helloWorld("3"), 0).refusal().code()).isEqualTo(130429);
        var other = new OutgoingMessage("other-number", "3", "template", helloWorld("3").body());
        assertThat(rules.check(other, 0).accepted()).isTrue();
    }

    @Test
    void the_pair_limit_allows_a_burst_then_refuses_with_131056_until_the_borrowed_time_has_passed() {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults());
        for (int i = 0; i < 45; i++) {
            assertThat(rules.check(helloWorld("15550001111"), seconds(i * 0.1)).accepted()).as("burst send %d", i + 1).isTrue();
        }
        SendVerdict refused = rules.check(helloWorld("15550001111"), seconds(5));
        assertThat(refused.refusal().code()).isEqualTo(131056);
        assertThat(refused.httpStatus()).isEqualTo(400);
        assertThat(rules.check(helloWorld("15550002222"), seconds(5)).accepted()).as("another recipient").isTrue();
        assertThat(rules.check(helloWorld("+1 555-000-1111"), seconds(269.9)).refusal().code())
                .as("45 × 6 s after the burst began, less a little").isEqualTo(131056);
        assertThat(rules.check(helloWorld("15550001111"), seconds(270)).accepted()).as("refilled").isTrue();
    }

    @Test
    void a_burst_of_20_blocks_the_pair_for_two_minutes_as_metas_example_says_and_one_per_6_s_always_goes() {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults());
        for (int i = 0; i < 20; i++) {
            assertThat(rules.check(helloWorld("15550001111"), seconds(i * 0.2)).accepted()).isTrue();
        }
        assertThat(rules.check(helloWorld("15550001111"), seconds(6)).refusal().code()).isEqualTo(131056);
        assertThat(rules.check(helloWorld("15550001111"), seconds(119)).refusal().code()).isEqualTo(131056);
        for (int i = 0; i < 10; i++) {
            assertThat(rules.check(helloWorld("15550001111"), seconds(120 + 6 * i)).accepted()).as("paced %d", i).isTrue();
        }
    }

    @Test
    void refused_sends_do_not_count_against_the_limits() {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults().withPairLimit(Duration.ofSeconds(6), 1));
        assertThat(rules.check(helloWorld("1"), 0).accepted()).isTrue();
        for (int i = 1; i < 6; i++) {
            assertThat(rules.check(helloWorld("1"), seconds(i)).accepted()).isFalse();
        }
        assertThat(rules.check(helloWorld("1"), seconds(6)).accepted()).isTrue();
    }

    @Test
    void what_no_rule_can_look_at_any_more_is_forgotten() {
        WhatsAppRules rules = new WhatsAppRules(MessagingLimits.defaults());
        for (int i = 0; i < 1000; i++) {
            rules.inboundFrom(Sends.NUMBER, "1555" + i, seconds(i * 0.001));
            rules.check(text("1555" + i), seconds(i * 0.012));
        }
        assertThat(rules.remembered()).isGreaterThan(1000);
        rules.check(helloWorld("1"), seconds(25 * 3600));
        assertThat(rules.remembered()).as("only the last send's number and pair").isEqualTo(2);
    }
}
