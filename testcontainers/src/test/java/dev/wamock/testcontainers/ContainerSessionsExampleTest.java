package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.testcontainers.WamockContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

@NeedsWamockImage
@Testcontainers
@Execution(ExecutionMode.CONCURRENT) // at once, with junit.jupiter.execution.parallel.enabled=true
class ContainerSessionsExampleTest {
    @Container
    static WamockContainer wamock = new WamockContainer(); // one container for every test of the class

    private final String sessionId = UUID.randomUUID().toString();
    private WamockControl session;

    @BeforeEach
    void aSessionOfItsOwn() {
        session = wamock.session(sessionId); // its own scenario, counts, clock and journal
    }

    @AfterEach
    void dropIt() {
        wamock.dropSession(sessionId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"transient-then-ok", "rate-limited-then-ok"})
    void eachStoryRunsInItsOwnSession(String scenario) throws Exception {
        session.use(scenario);
        HttpRequest request = HttpRequest.newBuilder(URI.create(session.baseUrl() + "/v23.0/106540352242922"))
                .header("Authorization", "Bearer fake-token-1234").build(); // baseUrl() names the session
        HttpClient client = HttpClient.newHttpClient();
        for (int attempt = 1; attempt <= 3; attempt++) {
            client.send(request, BodyHandlers.discarding());
        }

        assertThat(session.journal().entries()).extracting(JournalEntry::status).hasSize(3).last().isEqualTo(200);
    }
}
