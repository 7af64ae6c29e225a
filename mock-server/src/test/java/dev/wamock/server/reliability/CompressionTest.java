package dev.wamock.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.ServerFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No answer is compressed, even to a client that accepts gzip: the endpoint's, the journal's, the page's. */
class CompressionTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void answersComeUncompressedToAClientThatAcceptsGzip() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(SERVER.http().number().status()).isEqualTo(200);
        }

        for (String path : new String[] {"/v23.0/106540352242922", "/__wamock/journal", "/__wamock/ui"}) {
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(SERVER.http().baseUrl() + path))
                    .header("Authorization", "Bearer fake-token-1234").header("Accept-Encoding", "gzip, deflate, br")
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(answer.body()).as(path).startsWith(path.endsWith("ui") ? "<!" : "{");
        }
    }
}
