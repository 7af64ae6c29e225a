package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @WamockTest(messagingLimits = "…json")} and {@code WamockExtension.builder().messagingLimits(…)}: the test's
 * server follows the limits over HTTP; a bad resource fails the test naming the resource, line and field.
 */
class MessagingLimitsTest {

    @Test
    void theAnnotationsResourceOfThreeASecondRefusesTheFourthSendWith130429() {
        Engine.run(ThreePerSecondFile.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void theBuildersLimitsInCodeRefuseTheThirdSendOfTwoASecond() {
        Engine.run(TwoPerSecondInCode.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    void aMisspelledKeyInTheResourceFailsTheTestNamingResourceLineAndField() {
        assertThat(Engine.onlyFailure(Engine.run(MisspelledFile.class)))
                .hasMessageContaining("classpath:/wamock/misspelled-limits.json:3:3: field 'perSecond'")
                .hasMessageContaining("did you mean 'messagesPerSecond'?");
    }

    /** {@code n} sends in one second of a manual clock all go; the next is refused with 130429, and goes a second on. */
    static void allowsPerSecond(WamockHandle wamock, int n) {
        wamock.clock().manual();
        for (int i = 1; i <= n; i++) {
            assertThat(send(wamock, "1650555000" + i).status()).as("send %d", i).isEqualTo(200);
        }
        Reply refused = send(wamock, "16505550009");
        wamock.clock().advance(Duration.ofSeconds(1));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.error().path("code").asInt()).as(refused.body()).isEqualTo(130429);
        assertThat(send(wamock, "16505550009").status()).isEqualTo(200);
    }

    private static Reply send(WamockHandle wamock, String to) {
        return Http.to(wamock).send("POST", "/v23.0/" + Http.NUMBER + "/messages", "{\"messaging_product\": \"whatsapp\","
                        + " \"to\": \"" + to + "\", \"type\": \"template\", \"template\": {\"name\": \"hello_world\","
                        + " \"language\": {\"code\": \"en_US\"}}}",
                "Authorization", "Bearer " + Http.TOKEN, "Content-Type", "application/json");
    }

    @EngineFixture
    @WamockTest(messagingLimits = "/wamock/three-per-second.json")
    static class ThreePerSecondFile {
        @Test
        void test(WamockHandle wamock) {
            allowsPerSecond(wamock, 3);
        }
    }

    @EngineFixture
    static class TwoPerSecondInCode {
        @RegisterExtension
        static WamockExtension wamock = WamockExtension.builder()
                .messagingLimits(MessagingLimits.defaults().withMessagesPerSecond(2)).build();

        @Test
        void test(WamockHandle wamock) {
            allowsPerSecond(wamock, 2);
        }
    }

    @EngineFixture
    @WamockTest(messagingLimits = "/wamock/misspelled-limits.json")
    static class MisspelledFile {
        @Test
        void test(WamockHandle wamock) {
            assertThat(wamock).isNotNull();
        }
    }
}
