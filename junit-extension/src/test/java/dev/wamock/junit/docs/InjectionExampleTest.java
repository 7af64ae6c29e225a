package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockInstance;
import dev.wamock.junit.WamockTest;
import dev.wamock.scenarios.WamockControl;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WamockTest
class InjectionExampleTest {
    @WamockInstance
    WamockHandle wamock; // an instance field: set before each test to that test's own server

    private String graphUrl;

    @BeforeEach
    void pointTheClientAtTheServer(WamockControl control) { // the same server, as a parameter
        graphUrl = control.baseUrl();
    }

    @Test
    void theFieldAndEveryParameterAreTheTestsOneServer(WamockHandle handle) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(handle.uri("/v23.0/106540352242922"))
                .header("Authorization", "Bearer fake-token-1234").build();

        assertThat(HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(wamock).isEqualTo(handle);
        assertThat(graphUrl).isEqualTo(wamock.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(wamock.journal().size()).isEqualTo(1);
    }
}
