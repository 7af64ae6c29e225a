package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockScenario;
import dev.wamock.junit.WamockTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

@WamockTest(scenarioFiles = "/wamock/flaky.yaml", fixtures = "/wamock/one-number.yaml")
class ClasspathFilesExampleTest {

    @Test
    @WamockScenario("flaky-from-file")
    void oneRateLimitThenTheNumberOfTheFixturesFile(WamockHandle wamock) throws Exception {
        assertThat(status(wamock, "100000000000001")).isEqualTo(429);
        assertThat(status(wamock, "100000000000001")).isEqualTo(200);
        assertThat(status(wamock, "106540352242922")).as("a default number, replaced").isEqualTo(404);
    }

    private static int status(WamockHandle wamock, String number) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(wamock.uri("/v23.0/" + number))
                .header("Authorization", "Bearer fake-token-1234").build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode();
    }
}
