package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Profile;
import dev.wamock.testcontainers.internal.ImageDefaults;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/** The container class without an engine: image names, what withX stores, what configure() sets. */
class WamockContainerTest {

    @Test
    void theDefaultImageIsWamockMockServerTaggedWithThisModulesVersion() {
        assertThat(ImageDefaults.IMAGE).matches("wamock/mock-server:\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void anotherTagOfTheImageIsAccepted() {
        new WamockContainer("wamock/mock-server:0.0.1").close();
    }

    @Test
    void anImageOfAnotherNameIsRefusedUnlessDeclaredACompatibleSubstitute() {
        assertThatThrownBy(() -> new WamockContainer("example.com/someone/mock:1.0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wamock/mock-server");

        new WamockContainer(DockerImageName.parse("registry.example.com/mirror/wamock:1.0")
                .asCompatibleSubstituteFor("wamock/mock-server")).close();
    }

    @Test
    void withXOnlyStoresAndConfigureTurnsItIntoWamockVariables() {
        try (WamockContainer container = new WamockContainer().withScenario("http-500")
                .withRequireToken("fake-required-token").withJournalCapacity(50)
                .withProfile(Profile.GRAPH_OBSERVED).withRateLimitStatus(429).withTokenErrorStatus(401)
                .withFixtures(Path.of("src/test/resources/fixtures/one-more-number.yaml"))) {
            assertThat(container.getEnvMap()).isEmpty();

            container.configure();

            assertThat(container.getEnvMap())
                    .containsEntry("WAMOCK_SCENARIO", "http-500")
                    .containsEntry("WAMOCK_REQUIRE_TOKEN", "fake-required-token")
                    .containsEntry("WAMOCK_JOURNAL_CAPACITY", "50")
                    .containsEntry("WAMOCK_FIXTURES", "/fixtures/one-more-number.yaml")
                    .containsEntry("WAMOCK_PROFILE", "graph-observed")
                    .containsEntry("WAMOCK_RATE_LIMIT_STATUS", "429")
                    .containsEntry("WAMOCK_TOKEN_ERROR_STATUS", "401")
                    .containsEntry("WAMOCK_ADMIN_TOKEN", container.getAdminToken())
                    .doesNotContainKeys("WAMOCK_HOST", "WAMOCK_PORT");
        }
    }

    @Test
    void optionsLeftUnsetLeaveTheImagesDefaults() {
        try (WamockContainer container = new WamockContainer()) {
            container.configure();

            assertThat(container.getEnvMap()).containsOnlyKeys("WAMOCK_ADMIN_TOKEN");
        }
    }

    @Test
    void aStatusTheServerWouldRefuseFailsWhenSet() {
        try (WamockContainer container = new WamockContainer()) {
            assertThatThrownBy(() -> container.withRateLimitStatus(503))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the rate-limit status must be 400 or 429 but was 503");
            assertThatThrownBy(() -> container.withTokenErrorStatus(403))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the token-error status must be 400 or 401 but was 403");
        }
    }

    @Test
    void everyContainerGetsItsOwnRandomAdminToken() {
        try (WamockContainer one = new WamockContainer(); WamockContainer other = new WamockContainer()) {
            assertThat(one.getAdminToken()).matches("wamock-admin-[0-9a-f]{32}").isNotEqualTo(other.getAdminToken());
        }
    }

    @Test
    void theContainerWaitsForTheHealthEndpointOnPort8080() {
        try (WamockContainer container = new WamockContainer()) {
            assertThat(container.getExposedPorts()).containsExactly(WamockContainer.HTTP_PORT);
            assertThat(container).extracting("waitStrategy").hasFieldOrPropertyWithValue("path", "/__wamock/health");
        }
    }

    @Test
    void controlCallsBeforeStartFailWithWhatToDo() {
        try (WamockContainer container = new WamockContainer()) {
            assertThatThrownBy(container::journal)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the wamock container is not running: call start() first");
            assertThatThrownBy(() -> container.session("test-1"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the wamock container is not running: call start() first");
            assertThatThrownBy(() -> container.dropSession("test-1"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the wamock container is not running: call start() first");
        }
    }
}
