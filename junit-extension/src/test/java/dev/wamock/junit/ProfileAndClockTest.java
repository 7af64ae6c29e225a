package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WamockTest(profile = Profile.GRAPH_OBSERVED)
class ProfileAndClockTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(WamockHandle wamock, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(wamock.uri(path)).header("Authorization", "Bearer fake-token-1234").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_profile_attribute_gives_production_shaped_errors(WamockHandle wamock) throws Exception {
        HttpResponse<String> unknown = get(wamock, "/v23.0/999");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"code\":100", "\"error_subcode\":33", "Unsupported get request");
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("not_found"));
    }

    @Test
    void the_handle_clock_moves_a_rate_limit_window_without_sleeping(WamockHandle wamock) throws Exception {
        wamock.use(Scenario.of("quota", Step.rateLimit(Answer.RateLimit.calls(1).per(Duration.ofHours(1)))));
        wamock.clock().manual();

        assertThat(get(wamock, "/v23.0/106540352242922").statusCode()).isEqualTo(200);
        assertThat(get(wamock, "/v23.0/106540352242922").statusCode()).isEqualTo(400);
        wamock.clock().advance(Duration.ofHours(1));

        assertThat(get(wamock, "/v23.0/106540352242922").statusCode()).isEqualTo(200);
    }
}
