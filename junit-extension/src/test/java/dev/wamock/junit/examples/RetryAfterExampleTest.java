package dev.wamock.junit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockTest;
import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.ErrorSpec;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WamockTest
class RetryAfterExampleTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(WamockHandle wamock) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(wamock.uri("/v23.0/106540352242922"))
                .header("Authorization", "Bearer fake-token-1234")
                .build();
        return client.send(request, BodyHandlers.ofString());
    }

    @Test
    void aBusyServiceSaysWhenToComeBack(WamockHandle wamock) throws Exception {
        wamock.use(Scenario.of("busy",
                Step.error(ErrorSpec.status(503).code(2).isTransient(true).retryAfter(Duration.ofSeconds(30))).times(1),
                Step.error(ErrorSpec.named("server-error").retryAfterDate(Duration.ofMinutes(2))).times(1),
                Step.passThrough()));

        HttpResponse<String> seconds = get(wamock);
        HttpResponse<String> date = get(wamock);

        assertThat(seconds.statusCode()).isEqualTo(503);
        assertThat(seconds.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(date.statusCode()).isEqualTo(500);
        assertThat(date.headers().firstValue("Retry-After").orElseThrow()).endsWith(" GMT");
        assertThat(get(wamock).statusCode()).isEqualTo(200);
    }

    @Test
    void aQuotaOfTwoCallsAnHour(WamockHandle wamock) throws Exception {
        wamock.use(Scenario.of("quota",
                Step.rateLimit(Answer.RateLimit.calls(2).per(Duration.ofHours(1)).retryAfter(true))));

        get(wamock);
        get(wamock);
        HttpResponse<String> limited = get(wamock);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }
}
