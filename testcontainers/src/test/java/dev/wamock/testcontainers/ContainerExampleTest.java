package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Profile;
import dev.wamock.testcontainers.WamockContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

@NeedsWamockImage
@Testcontainers
class ContainerExampleTest {
    @Container // static: started before the class's first test, stopped after its last
    static WamockContainer wamock = new WamockContainer() // wamock/mock-server:<this module's version>
            .withScenarioFiles(Path.of("src/test/resources/scenarios"))
            .withScenario("transient-then-ok")
            .withProfile(Profile.GRAPH_OBSERVED);

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void startClean() {
        wamock.reset(); // the start scenario again, fresh counts, an empty journal
    }

    @Test
    void theThirdTryGetsTheNumber() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            get("106540352242922");
        }

        assertThat(wamock.journal().entries()).extracting(JournalEntry::status).containsExactly(500, 500, 200);
    }

    @Test
    void aRateLimitComesAsProductionSendsIt() throws Exception {
        wamock.use("http-429"); // or use(Scenario.of(…)), a scenario of the files, clock(), clearJournal()

        HttpResponse<String> answer = get("106540352242922");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("(#4) Application request limit reached");
    }

    private HttpResponse<String> get(String number) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(wamock.getBaseUrl() + "/v23.0/" + number))
                .header("Authorization", "Bearer fake-token-1234").build();
        return client.send(request, BodyHandlers.ofString());
    }
}
