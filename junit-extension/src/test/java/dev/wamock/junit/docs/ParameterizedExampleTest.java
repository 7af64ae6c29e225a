package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@WamockTest
class ParameterizedExampleTest {

    @ParameterizedTest
    @CsvSource({"http-401, 401", "http-429, 429", "http-500, 500"})
    void everyInvocationHasAServerOfItsOwn(String scenario, int status, WamockHandle wamock) throws Exception {
        wamock.use(scenario);
        HttpRequest request = HttpRequest.newBuilder(wamock.uri("/v23.0/106540352242922"))
                .header("Authorization", "Bearer fake-token-1234").build();

        assertThat(HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode()).isEqualTo(status);
        assertThat(wamock.journal().size()).as("only this invocation's request").isEqualTo(1);
    }
}
