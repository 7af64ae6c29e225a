package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.client.contract.Graph;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the withX options put into the container: scenario files, a start scenario, fixtures, a token. */
@NeedsWamockImage
class ContainerOptionsTest {
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final String REQUIRED = "fake-required-token";
    private static WamockContainer container;

    @BeforeAll
    static void start() {
        container = new WamockContainer()
                .withScenarioFiles(RESOURCES.resolve("scenarios"))
                .withScenario(Scenario.of("written-in-code", Step.error("rate-limited").times(1), Step.passThrough()))
                .withScenario("quality-drops-to-red")
                .withFixtures(RESOURCES.resolve("fixtures/one-more-number.yaml"))
                .withRequireToken(REQUIRED);
        container.start();
    }

    @AfterAll
    static void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @BeforeEach
    void startConfiguration() {
        container.reset();
    }

    @Test
    void theStartScenarioFromAMountedFileIsActiveAtStartAndAfterReset() {
        assertThat(container.progress().name()).isEqualTo("quality-drops-to-red");

        assertThat(quality()).isEqualTo("GREEN");
        assertThat(quality()).isEqualTo("RED");
        container.reset();
        assertThat(quality()).isEqualTo("GREEN");
    }

    @Test
    void everyScenarioFileOfTheDirectoryAndTheScenarioWrittenInCodeCanBeUsedByName() {
        container.use("maintenance");
        assertThat(get(Graph.NUMBER, REQUIRED).statusCode()).isEqualTo(503);

        container.use("written-in-code");
        assertThat(get(Graph.NUMBER, REQUIRED).statusCode()).isEqualTo(429);
        assertThat(get(Graph.NUMBER, REQUIRED).statusCode()).isEqualTo(200);
    }

    @Test
    void theFixturesFileAddsItsNumberToTheDefaults() {
        HttpResponse<String> added = get("100000000000001?fields=verified_name", REQUIRED);

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("Fake Test Shop");
        assertThat(get(Graph.NUMBER, REQUIRED).statusCode()).as("a default number").isEqualTo(200);
    }

    @Test
    void onlyTheRequiredTokenIsAccepted() {
        assertThat(get(Graph.NUMBER, "fake-other-token").statusCode()).isEqualTo(401);
        assertThat(get(Graph.NUMBER, REQUIRED).statusCode()).isEqualTo(200);
        assertThat(container.journal().entries()).extracting(e -> e.status()).containsExactly(401, 200);
    }

    @Test
    void theAdminApiRefusesCallsWithoutTheContainersAdminTokenButHealthIsOpen() {
        assertThat(Graph.get(container.getBaseUrl(), "/__wamock/journal", null).statusCode()).isEqualTo(401);
        assertThat(Graph.get(container.getBaseUrl(), "/__wamock/journal", "fake-admin-token").statusCode()).isEqualTo(401);
        assertThat(Graph.get(container.getBaseUrl(), "/__wamock/journal", container.getAdminToken()).statusCode())
                .isEqualTo(200);
        assertThat(Graph.get(container.getBaseUrl(), "/__wamock/health", null).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(String numberAndQuery, String token) {
        return Graph.get(container.getBaseUrl(), "/v23.0/" + numberAndQuery, token);
    }

    private static String quality() {
        String body = get(Graph.NUMBER + "?fields=quality_rating", REQUIRED).body();
        return body.replaceAll(".*\"quality_rating\"\\s*:\\s*\"([A-Z]+)\".*", "$1");
    }
}
