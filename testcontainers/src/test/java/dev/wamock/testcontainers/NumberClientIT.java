package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.client.WamockClient;
import dev.wamock.scenarios.JournalEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "wamock.url", matches = ".+") // e.g. -Dwamock.url=http://localhost:8080
class NumberClientIT {
    private static WamockClient wamock;

    @BeforeAll
    static void connect() { // to the CI service, or to: docker run -p 8080:8080 -e WAMOCK_ADMIN_TOKEN=fake-admin-token …
        wamock = WamockClient.connect(System.getProperty("wamock.url"), "fake-admin-token");
    }

    @BeforeEach
    void startClean() {
        wamock.reset();
    }

    @Test
    void theThirdTryGetsTheNumber() throws Exception {
        wamock.use("transient-then-ok");
        HttpRequest request = HttpRequest.newBuilder(URI.create(wamock.baseUrl() + "/v23.0/106540352242922"))
                .header("Authorization", "Bearer fake-token-1234").build();
        HttpClient client = HttpClient.newHttpClient();
        for (int attempt = 1; attempt <= 3; attempt++) {
            client.send(request, BodyHandlers.discarding());
        }

        assertThat(wamock.journal().await(3, Duration.ofSeconds(5)).entries())
                .extracting(JournalEntry::status).containsExactly(500, 500, 200);
        assertThat(wamock.progress().name()).isEqualTo("transient-then-ok");
    }
}
