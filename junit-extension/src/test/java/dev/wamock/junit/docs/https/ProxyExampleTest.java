package dev.wamock.junit.docs.https;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockTest;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.Test;

@WamockTest(proxy = true)
class ProxyExampleTest {
    /** Client code that cannot be pointed anywhere else: its Graph URL is a constant. */
    static final class NumberClient {
        private static final String GRAPH = "https://graph.facebook.com/v23.0/";
        private final HttpClient http;

        NumberClient(HttpClient http) {
            this.http = http;
        }

        String fetch(String numberId) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(GRAPH + numberId))
                    .header("Authorization", "Bearer fake-token-1234").build();
            return http.send(request, BodyHandlers.ofString()).body();
        }
    }

    @Test
    void theClientReachesWamockWithItsGraphUrlUnchanged(WamockHandle wamock) throws Exception {
        // the handle's HttpClient goes through the proxy and trusts the run's CA, nothing else
        NumberClient client = new NumberClient(wamock.httpClient());

        assertThat(client.fetch("106540352242922")).contains("\"status\":\"CONNECTED\"");
        assertThat(wamock.journal().entries().get(0).path()).isEqualTo("/v23.0/106540352242922");
    }

    @Test
    void anHttpsUrlConnectionTakesTheProxyAndTheTrust(WamockHandle wamock) throws Exception {
        URL graph = new URL("https://graph.facebook.com/v23.0/106540352242922");
        HttpsURLConnection connection = (HttpsURLConnection) graph.openConnection(
                new Proxy(Proxy.Type.HTTP, wamock.proxyAddress()));
        connection.setSSLSocketFactory(wamock.sslContext().getSocketFactory());
        connection.setRequestProperty("Authorization", "Bearer fake-token-1234");

        assertThat(connection.getResponseCode()).isEqualTo(200);
    }
}
