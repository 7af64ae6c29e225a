package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link ErrorSpec} and {@link Answer.RateLimit} said fluently, without positional arguments. */
class FluentAnswersTest {

    @Test
    void aStatusWithCodeAndTransientFlagIsA503WithThatBody() {
        Answer.Error e = ErrorSpec.status(503).code(2).type("GraphMethodException")
                .message("Service temporarily unavailable").isTransient(true).resolve();

        assertThat(e.status()).isEqualTo(503);
        assertThat(e.name()).isNull();
        assertThat(e.error()).isEqualTo(GraphError.of("Service temporarily unavailable", "GraphMethodException", 2)
                .withTransient(true));
        assertThat(e.retryAfter()).isNull();
    }

    @Test
    void aNamedErrorKeepsWhatItDoesNotChange() {
        Answer.Error e = ErrorSpec.named("invalid-token").subcode(460).userTitle("Session ended")
                .userMessage("Log in again").resolve();

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.name()).isEqualTo("invalid-token");
        assertThat(e.error().code()).isEqualTo(190);
        assertThat(e.error().subcode()).isEqualTo(460);
        assertThat(e.error().message()).isEqualTo(DocumentedErrors.named("invalid-token").error().message());
        assertThat(e.error().userTitle()).isEqualTo("Session ended");
        assertThat(e.error().userMessage()).isEqualTo("Log in again");
    }

    @Test
    void eachMethodReturnsAChangedCopyAndLeavesTheOriginalAlone() {
        ErrorSpec base = ErrorSpec.status(503);

        ErrorSpec changed = base.code(17).isTransient(false).retryAfter(Duration.ofSeconds(30));

        assertThat(base).isEqualTo(ErrorSpec.status(503));
        assertThat(changed.code()).isEqualTo(17);
        assertThat(changed.isTransient()).isFalse();
        assertThat(changed.retryAfter()).isEqualTo(RetryAfter.seconds(Duration.ofSeconds(30)));
        assertThat(changed.resolve().retryAfter()).isEqualTo(changed.retryAfter());
    }

    @Test
    void theFileFormAndTheFluentFormAreTheSameStep() {
        Step fromFile = ScenarioFiles.parse("s.yaml", """
                name: s
                steps:
                  - error: { status: 503, code: 2, transient: true, retryAfter: 30s }
                """).get(0).steps().get(0);

        assertThat(fromFile).isEqualTo(Step.error(ErrorSpec.status(503).code(2).isTransient(true)
                .retryAfter(Duration.ofSeconds(30))));
    }

    @Test
    void anUnknownNameFailsAtOnceWithTheClosestOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> ErrorSpec.named("server-eror"))
                .withMessageContaining("did you mean 'server-error'?");
    }

    @Test
    void aRateLimitIsCallsPerWindowWithOptionalBusinessQuotaAndRetryAfter() {
        Answer.RateLimit limit = Answer.RateLimit.calls(100).per(Duration.ofMinutes(10)).businessCalls(50)
                .retryAfter(true);

        assertThat(limit).isEqualTo(new Answer.RateLimit(100, 50, Duration.ofMinutes(10), true));
        assertThat(Answer.RateLimit.calls(200)).as("Graph's window is an hour")
                .isEqualTo(new Answer.RateLimit(200, null, Duration.ofHours(1), false));
    }

    @Test
    void aRateLimitRefusesAQuotaBelowOneOrAnEmptyWindow() {
        assertThatIllegalArgumentException().isThrownBy(() -> Answer.RateLimit.calls(0))
                .withMessageContaining("at least 1 call per window");
        assertThatIllegalArgumentException().isThrownBy(() -> Answer.RateLimit.calls(5).businessCalls(0))
                .withMessageContaining("at least 1 call per window");
        assertThatIllegalArgumentException().isThrownBy(() -> Answer.RateLimit.calls(5).per(Duration.ZERO))
                .withMessageContaining("positive window");
    }
}
