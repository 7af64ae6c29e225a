package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.io.InputStream;
import java.net.Proxy;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code https = true}, {@code proxy = true} and {@code installJvmWide}: what the handle gives, and what is left alone. */
class HttpsTest {
    static final String GRAPH = "https://graph.facebook.com";
    static final String GRAPH_URL = GRAPH + "/v23.0/" + Http.NUMBER;

    @Nested
    @WamockTest(https = true)
    class WithHttps {
        @Test
        void theHandleGivesTheHttpsUrlAClientThatTrustsItAndTheCaFile(WamockHandle wamock) throws Exception {
            Reply response = Http.to(wamock.httpsBaseUrl()).withClient(wamock.httpClient()).number();

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"CONNECTED\"");
            assertThat(wamock.httpsBaseUrl()).startsWith("https://127.0.0.1:");
            assertThat(Files.readString(wamock.caPemFile())).startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(Http.to(wamock.httpsBaseUrl()).withClient(HttpClient.newBuilder().sslContext(wamock.sslContext()).build())
                    .number().status()).isEqualTo(200);
            assertThat(wamock.journal().size()).isEqualTo(2);
        }

        @Test
        void itIsNotAProxy(WamockHandle wamock) {
            assertThatThrownBy(wamock::proxyAddress).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not in proxy mode");
        }
    }

    @Nested
    @WamockTest(proxy = true)
    class WithTheProxy {
        @Test
        void clientCodeThatHardCodesGraphReachesTheTestsServer(WamockHandle wamock) throws Exception {
            assertThat(Http.to(GRAPH).withClient(wamock.httpClient()).number().body()).contains("\"status\":\"CONNECTED\"");

            HttpsURLConnection connection = (HttpsURLConnection) new URL(GRAPH_URL)
                    .openConnection(new Proxy(Proxy.Type.HTTP, wamock.proxyAddress()));
            connection.setSSLSocketFactory(wamock.sslContext().getSocketFactory());
            connection.setRequestProperty("Authorization", "Bearer fake-token-1234");
            try (InputStream in = connection.getInputStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\":\"106540352242922\"");
            }
            assertThat(wamock.journal().size()).isEqualTo(2);
        }
    }

    @Nested
    class FromTheBuilder {
        @RegisterExtension
        final WamockExtension wamock = WamockExtension.builder().proxy().build();

        @Test
        void proxyWorksTheSame(WamockHandle handle) throws Exception {
            assertThat(Http.to(GRAPH).withClient(handle.httpClient()).number().status()).isEqualTo(200);
        }
    }

    @Test
    void installJvmWideLetsDefaultClientsReachTheServerAndRestoresTheJvmAfterwards() throws Exception {
        SSLContext before = SSLContext.getDefault();
        javax.net.ssl.SSLSocketFactory factoryBefore = HttpsURLConnection.getDefaultSSLSocketFactory();
        String proxyHost = System.getProperty("https.proxyHost");

        var results = Engine.run(JvmWide.class);

        assertThat(Engine.failures(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);

        assertThat(SSLContext.getDefault()).isSameAs(before);
        assertThat(HttpsURLConnection.getDefaultSSLSocketFactory()).isSameAs(factoryBefore);
        assertThat(System.getProperty("https.proxyHost")).isEqualTo(proxyHost);
    }

    @Test
    void installJvmWideWithoutHttpsSaysWhatIsMissing() {
        assertThat(Engine.onlyFailure(Engine.run(JvmWideWithoutHttps.class)))
                .hasMessageContaining("installJvmWide = true").hasMessageContaining("add https = true or proxy = true");
    }

    @Test
    void httpsWithUrlModeIsRefusedLikeOtherServerOptions() {
        assertThat(Engine.onlyFailure(Engine.run(HttpsInUrlMode.class)))
                .hasMessageContaining("https = true").hasMessageContaining("--https-port");
    }

    @Test
    void aHandleOnAControlOfYourOwnSaysItHasNoHttpsToGive() {
        try (WamockServer server = WamockServer.builder().https().start()) {
            WamockHandle session = WamockHandle.of(server.session("one"));

            assertThatThrownBy(session::httpsBaseUrl).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("httpsBaseUrl() needs a server the extension started")
                    .hasMessageContaining("url mode");
            assertThat(WamockHandle.of(server).httpsBaseUrl()).isEqualTo(server.httpsBaseUrl());
        }
    }

    @EngineFixture
    @WamockTest(proxy = true, installJvmWide = true)
    static class JvmWide {
        @Test
        void aDefaultHttpClientAndHttpsUrlConnectionReachTheServer(WamockHandle wamock) throws Exception {
            assertThat(Http.to(GRAPH).withClient(HttpClient.newHttpClient()).number().status()).isEqualTo(200);
            HttpsURLConnection connection = (HttpsURLConnection) new URL(GRAPH_URL).openConnection();
            connection.setRequestProperty("Authorization", "Bearer fake-token-1234");
            assertThat(connection.getResponseCode()).isEqualTo(200);
            assertThat(wamock.journal().size()).isEqualTo(2);
        }
    }

    @EngineFixture
    @WamockTest(installJvmWide = true)
    static class JvmWideWithoutHttps {
        @Test
        void test(WamockHandle wamock) {
            assertThat(wamock).isNotNull();
        }
    }

    @EngineFixture
    @WamockTest(https = true, url = "http://127.0.0.1:9")
    static class HttpsInUrlMode {
        @Test
        void test(WamockHandle wamock) {
            assertThat(wamock).isNotNull();
        }
    }
}
