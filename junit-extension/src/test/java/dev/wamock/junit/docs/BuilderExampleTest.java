package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockExtension;
import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockScenario;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BuilderExampleTest {
    @RegisterExtension
    static WamockExtension wamockExtension = WamockExtension.builder()
            .scenarios(Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough()))
            .requireToken("fake-token-1234")
            .profile(Profile.GRAPH_OBSERVED)
            .perClass()
            .build();

    @Test
    @WamockScenario("flaky")
    void aScenarioWrittenInCode(WamockHandle wamock) throws Exception {
        assertThat(get(wamock, "106540352242922", "fake-token-1234").statusCode()).isEqualTo(500);
        assertThat(get(wamock, "106540352242922", "fake-token-1234").statusCode()).isEqualTo(500);
        assertThat(get(wamock, "106540352242922", "fake-token-1234").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyTheRequiredTokenAnsweredAsProductionDoes(WamockHandle wamock) throws Exception {
        HttpResponse<String> refused = get(wamock, "106540352242922", "fake-token-9999");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"code\":190");
    }

    private static HttpResponse<String> get(WamockHandle wamock, String number, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(wamock.uri("/v23.0/" + number))
                .header("Authorization", "Bearer " + token).build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
    }
}
