package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.ScenarioRun;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code Retry-After} value of each form, and a scenario step that sends it. */
class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.250Z");

    @Test
    void theSecondsFormIsTheWholeSeconds() {
        assertThat(RetryAfter.seconds(Duration.ofSeconds(30)).headerValue(NOW)).isEqualTo("30");
        assertThat(RetryAfter.seconds(Duration.ofMinutes(2)).headerValue(NOW)).isEqualTo("120");
        assertThat(RetryAfter.seconds(Duration.ZERO).headerValue(NOW)).isEqualTo("0");
    }

    @Test
    void theDateFormIsAnImfFixdateThatLongAfterTheAnswerRoundedUpToTheSecond() {
        String value = RetryAfter.dateAfter(Duration.ofSeconds(30)).headerValue(NOW);

        assertThat(value).isEqualTo("Sun, 01 Mar 2026 10:16:01 GMT");
        assertThat(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .as("never earlier than asked").isAfterOrEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void aFixedDateIsSentAsItIsWithATwoDigitDay() {
        RetryAfter fixed = RetryAfter.date(Instant.parse("1994-11-06T08:49:37.900Z"));

        assertThat(fixed.headerValue(NOW)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        assertThat(fixed.date()).isEqualTo(Instant.parse("1994-11-06T08:49:37Z"));
        assertThat(fixed.asDate()).isTrue();
    }

    @Test
    void aNegativeOrFractionalDelayIsRefusedWithAFix() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetryAfter.seconds(Duration.ofSeconds(-5)))
                .withMessageContaining("cannot be negative").withMessageContaining("RetryAfter.date(Instant)");
        assertThatIllegalArgumentException().isThrownBy(() -> RetryAfter.dateAfter(Duration.ofMillis(2500)))
                .withMessage("Retry-After counts whole seconds (RFC 9110 delta-seconds) but was 2500ms; write e.g. 3s");
    }

    @Test
    void anErrorStepWithRetryAfterPutsTheHeaderOnItsDecisionAndAPlainOneDoesNot() {
        ScenarioRun run = new ScenarioRun(Scenario.of("busy",
                Step.error(ErrorSpec.status(503).retryAfter(Duration.ofSeconds(7))).times(1),
                Step.error(ErrorSpec.named("server-error").retryAfterDate(Duration.ofSeconds(5))).times(1),
                Step.error("server-error")));
        RequestFacts request = new RequestFacts("106540352242922", "v23.0", List.of(), "fake-token-1234");

        Decision seconds = run.decide(request);
        Decision date = run.decide(request);
        Decision none = run.decide(request);

        assertThat(seconds.headers()).containsExactlyEntriesOf(java.util.Map.of("retry-after", "7"));
        Instant sent = ZonedDateTime.parse(date.headers().get("retry-after"), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
        assertThat(sent).isBetween(Instant.now().plusSeconds(3), Instant.now().plusSeconds(7));
        assertThat(none.headers()).isEmpty();
        assertThat(seconds.step().describe()).isEqualTo("error 503 code 2 + retry-after 7s ×1");
    }
}
