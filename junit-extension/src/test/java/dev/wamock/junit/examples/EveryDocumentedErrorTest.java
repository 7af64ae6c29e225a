package dev.wamock.junit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockScenarioSource;
import dev.wamock.junit.WamockTest;
import dev.wamock.scenarios.CatalogueEntry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.params.ParameterizedTest;

@WamockTest
class EveryDocumentedErrorTest {
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(WamockHandle wamock, CatalogueEntry scenario) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(wamock.uri("/v23.0/" + scenario.magicNumber()))
                .header("Authorization", "Bearer fake-token-1234")
                .build();
        return client.send(request, BodyHandlers.ofString());
    }

    @ParameterizedTest
    @WamockScenarioSource(tags = "documented-errors")
    void everyDocumentedErrorComesAsAGraphErrorBody(CatalogueEntry scenario, WamockHandle wamock) throws Exception {
        HttpResponse<String> response = get(wamock, scenario);

        assertThat(response.statusCode()).isBetween(400, 599);
        assertThat(response.body()).startsWith("{\"error\":{");
    }

    @ParameterizedTest
    @WamockScenarioSource(tags = "recoverable")
    void aClientWithEnoughAttemptsGetsTheNumber(CatalogueEntry scenario, WamockHandle wamock) throws Exception {
        int status = 0;
        for (int attempt = 1; attempt <= scenario.attemptsToSucceed() && status != 200; attempt++) {
            status = get(wamock, scenario).statusCode();
        }

        assertThat(status).isEqualTo(200);
    }
}
