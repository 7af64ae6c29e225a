package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockScenario;
import dev.wamock.junit.WamockTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@WamockTest
@WamockScenario("http-429")
class ScenarioExampleTest {

    @Test
    void theClassScenario(WamockHandle wamock) throws Exception {
        assertThat(status(wamock)).isEqualTo(429);
    }

    @Test
    @WamockScenario("transient-then-ok")
    void theMethodsOwnScenarioWins(WamockHandle wamock) throws Exception {
        assertThat(status(wamock)).isEqualTo(500);
    }

    @Nested
    class WithoutAScenarioOfItsOwn {
        @Test
        void theEnclosingClassScenarioApplies(WamockHandle wamock) throws Exception {
            assertThat(status(wamock)).isEqualTo(429);
        }
    }

    @Nested
    @WamockScenario("http-500")
    class WhenGraphFails {
        @Test
        void theNestedClassScenarioWins(WamockHandle wamock) throws Exception {
            assertThat(status(wamock)).isEqualTo(500);
            assertThat(wamock.progress().name()).isEqualTo("http-500");
        }
    }

    static int status(WamockHandle wamock) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(wamock.uri("/v23.0/106540352242922"))
                .header("Authorization", "Bearer fake-token-1234").build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode();
    }
}
