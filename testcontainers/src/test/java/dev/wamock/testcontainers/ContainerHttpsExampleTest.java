package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

@NeedsWamockImage
class ContainerHttpsExampleTest {
    @Test
    void theContainerServesHttpsAndTheGraphProxy() throws Exception {
        try (WamockContainer wamock = new WamockContainer().withProxy()) { // withHttps() for HTTPS alone
            wamock.start();
            HttpClient direct = HttpClient.newBuilder().sslContext(wamock.sslContext()).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(wamock.getHttpsBaseUrl() + "/v23.0/106540352242922"))
                    .header("Authorization", "Bearer fake-token-1234").build();
            assertThat(direct.send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            HttpClient proxied = HttpClient.newBuilder().sslContext(wamock.sslContext())
                    .proxy(ProxySelector.of(wamock.getProxyAddress())).build();
            HttpRequest graph = HttpRequest.newBuilder(URI.create("https://graph.facebook.com/v23.0/106540352242922"))
                    .header("Authorization", "Bearer fake-token-1234").build();
            assertThat(proxied.send(graph, BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }
}
