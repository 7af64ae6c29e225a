package dev.wamock.junit.docs.https;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

class HttpsServerExampleTest {
    @Test
    void theSameServerAnswersOverHttps() throws Exception {
        try (WamockServer server = WamockServer.builder().https().start()) {
            HttpClient client = HttpClient.newBuilder().sslContext(server.sslContext()).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.httpsBaseUrl() + "/v23.0/106540352242922"))
                    .header("Authorization", "Bearer fake-token-1234").build();

            HttpResponse<String> response = client.send(request, BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(server.caPemFile()).exists(); // for curl --cacert, Node's ca option, NODE_EXTRA_CA_CERTS
        }
    }
}
