package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockScenario;
import dev.wamock.junit.WamockTest;
import dev.wamock.scenarios.JournalEntry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WamockTest // with -Dwamock.url=http://localhost:8080 each test gets a session of that server
@WamockScenario("transient-then-ok")
@Execution(ExecutionMode.CONCURRENT)
class SessionsExampleTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"fake-token-1111", "fake-token-2222", "fake-token-3333"})
    void everyInvocationRunsItsOwnStory(String token, WamockHandle wamock) throws Exception {
        // in url mode wamock.baseUrl() is http://localhost:8080/sessions/<id>: give the client under test that
        HttpRequest request = HttpRequest.newBuilder(wamock.uri("/v23.0/106540352242922"))
                .header("Authorization", "Bearer " + token).build();

        assertThat(client.send(request, BodyHandlers.discarding()).statusCode()).isEqualTo(500);
        assertThat(client.send(request, BodyHandlers.discarding()).statusCode()).isEqualTo(500);
        assertThat(client.send(request, BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(wamock.journal().entries()).extracting(JournalEntry::token)
                .containsExactly("…" + token.substring(11), "…" + token.substring(11), "…" + token.substring(11));
    }
}
