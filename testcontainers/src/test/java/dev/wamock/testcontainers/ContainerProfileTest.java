package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Profile;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
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
        Reply answer = Http.to(container.getBaseUrl()).get("/v23.0/" + Http.NUMBER);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("\"code\":104");
    }

    @Test
    void aRateLimitGetsProductionsMessageWithTheChosenStatus() {
        container.use("http-429");

        Reply answer = Http.to(container.getBaseUrl()).number();

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.body()).contains("(#4) Application request limit reached");
        container.reset();
    }

    @Test
    void anUnknownNumberGetsProductions400Code100Subcode33() {
        Reply answer = Http.to(container.getBaseUrl()).graph("/v23.0/999");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":100", "\"error_subcode\":33");
    }
}
