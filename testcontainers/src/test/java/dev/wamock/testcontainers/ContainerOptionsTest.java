package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
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
        assertThat(get(Http.NUMBER, REQUIRED).status()).isEqualTo(503);

        container.use("written-in-code");
        assertThat(get(Http.NUMBER, REQUIRED).status()).isEqualTo(429);
        assertThat(get(Http.NUMBER, REQUIRED).status()).isEqualTo(200);
    }

    @Test
    void theFixturesFileAddsItsNumberToTheDefaults() {
        Reply added = get("100000000000001?fields=verified_name", REQUIRED);

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("Fake Test Shop");
        assertThat(get(Http.NUMBER, REQUIRED).status()).as("a default number").isEqualTo(200);
    }

    @Test
    void onlyTheRequiredTokenIsAccepted() {
        assertThat(get(Http.NUMBER, "fake-other-token").status()).isEqualTo(401);
        assertThat(get(Http.NUMBER, REQUIRED).status()).isEqualTo(200);
        assertThat(container.journal().entries()).extracting(e -> e.status()).containsExactly(401, 200);
    }

    @Test
    void theAdminApiRefusesCallsWithoutTheContainersAdminTokenButHealthIsOpen() {
        assertThat(Http.to(container.getBaseUrl()).get("/__wamock/journal").status()).isEqualTo(401);
        assertThat(Http.to(container.getBaseUrl()).get("/__wamock/journal", "Authorization", "Bearer fake-admin-token").status()).isEqualTo(401);
        assertThat(Http.to(container.getBaseUrl()).get("/__wamock/journal", "Authorization", "Bearer " + container.getAdminToken()).status())
                .isEqualTo(200);
        assertThat(Http.to(container.getBaseUrl()).get("/__wamock/health").status()).isEqualTo(200);
    }

    private static Reply get(String numberAndQuery, String token) {
        return Http.to(container.getBaseUrl()).withToken(token).graph("/v23.0/" + numberAndQuery);
    }

    private static String quality() {
        String body = get(Http.NUMBER + "?fields=quality_rating", REQUIRED).body();
        return body.replaceAll(".*\"quality_rating\"\\s*:\\s*\"([A-Z]+)\".*", "$1");
    }
}
