package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockScenario;
import dev.wamock.junit.WamockTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

@WamockTest
class ReadmeExampleTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    @WamockScenario("transient-then-ok")
    void theThirdTryGetsTheNumberAfterTwoServerErrors(WamockHandle wamock) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(wamock.uri("/v23.0/106540352242922"))
                .header("Authorization", "Bearer fake-token-1234")
                .build();

        assertThat(client.send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(500);
        assertThat(client.send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(500);
        assertThat(client.send(request, BodyHandlers.ofString()).body()).contains("\"status\":\"CONNECTED\"");
        assertThat(wamock.journal().size()).isEqualTo(3);
    }
}
