package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WamockTest(profile = Profile.GRAPH_OBSERVED)
class ProfileAndClockTest {
    @Test
    void the_profile_attribute_gives_production_shaped_errors(WamockHandle wamock) throws Exception {
        Reply unknown = Http.to(wamock).graph("/v23.0/999");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"code\":100", "\"error_subcode\":33", "Unsupported get request");
        assertThat(unknown.header("WWW-Authenticate")).contains("not_found");
    }

    @Test
    void the_handle_clock_moves_a_rate_limit_window_without_sleeping(WamockHandle wamock) throws Exception {
        wamock.use(Scenario.of("quota", Step.rateLimit(Answer.RateLimit.calls(1).per(Duration.ofHours(1)))));
        wamock.clock().manual();

        assertThat(Http.to(wamock).number().status()).isEqualTo(200);
        assertThat(Http.to(wamock).number().status()).isEqualTo(400);
        wamock.clock().advance(Duration.ofHours(1));

        assertThat(Http.to(wamock).number().status()).isEqualTo(200);
    }
}
