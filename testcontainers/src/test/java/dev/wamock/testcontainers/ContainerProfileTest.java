package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.client.contract.Graph;
import dev.wamock.scenarios.Profile;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** withProfile and the graph-observed statuses reach the server: each answer differs from the default's. */
@NeedsWamockImage
class ContainerProfileTest {
    private static WamockContainer container;

    @BeforeAll
    static void start() {
        container = new WamockContainer().withProfile(Profile.GRAPH_OBSERVED)
                .withRateLimitStatus(429).withTokenErrorStatus(401);
        container.start();
    }

    @AfterAll
    static void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Test
    void aMissingTokenGetsProductionsCode104WithTheChosenStatus() {
        HttpResponse<String> answer = Graph.get(container.getBaseUrl(), "/v23.0/" + Graph.NUMBER, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("\"code\":104");
    }

    @Test
    void aRateLimitGetsProductionsMessageWithTheChosenStatus() {
        container.use("http-429");

        HttpResponse<String> answer = Graph.get(container.getBaseUrl(), Graph.NUMBER);

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.body()).contains("(#4) Application request limit reached");
        container.reset();
    }

    @Test
    void anUnknownNumberGetsProductions400Code100Subcode33() {
        HttpResponse<String> answer = Graph.get(container.getBaseUrl(), "999");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":100", "\"error_subcode\":33");
    }
}
