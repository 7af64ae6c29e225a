package dev.wamock.server.https;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HTTPS listener beside HTTP: same answers, the trust material a test needs, and nothing trusted JVM-wide. */
@Timeout(60)
class HttpsServerTest {
    @Test
    void httpsAnswersTheSameBodiesAsHttpForOkAndErrorAnswers() {
        try (WamockServer server = WamockServer.builder().https().start()) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/v23.0/" + Http.NUMBER, "/v23.0/" + Http.NUMBER + "?fields=verified_name,quality_rating",
                    "/v23.0/999", "/v23.0/555000000429")) {
                Reply plain = Http.to(server).withClient(http).graph(path);
                Reply secure = Http.to(server.httpsBaseUrl()).withClient(server.httpClient()).graph(path);

                assertThat(secure.status()).as(path).isEqualTo(plain.status());
                assertThat(withoutTraceId(secure.body())).as(path).isEqualTo(withoutTraceId(plain.body()));
            }
            assertThat(server.httpsBaseUrl()).isEqualTo("https://127.0.0.1:" + server.httpsPort());
            assertThat(server.httpsPort()).isNotEqualTo(server.port()).isPositive();
        }
    }

    @Test
    void requestsOverHttpsAreJournaledLikeAnyOther() {
        try (WamockServer server = WamockServer.builder().https().start()) {
            Http.to(server.httpsBaseUrl()).withClient(server.httpClient()).graph("/v23.0/" + Http.NUMBER + "?fields=status");

            JournalEntry entry = server.journal().entries().get(0);
            assertThat(entry.path()).isEqualTo("/v23.0/" + Http.NUMBER);
            assertThat(entry.status()).isEqualTo(200);
        }
    }

    @Test
    void theSslContextTrustsOnlyThisServersCaNotTheJvmsNorAnotherServers() {
        try (WamockServer server = WamockServer.builder().https().start();
             WamockServer other = WamockServer.builder().https().start()) {
            String url = server.httpsBaseUrl() + "/v23.0/" + Http.NUMBER;

            assertThatThrownBy(() -> Http.to(url).graph(""))
                    .as("the JVM's default trust is left alone").isInstanceOf(UncheckedIOException.class)
                    .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
            assertThatThrownBy(() -> Http.to(url).withClient(other.httpClient()).graph("")).as("another run's CA")
                    .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(SSLHandshakeException.class);
            assertThat(Http.to(url).withClient(HttpClient.newBuilder().sslContext(server.sslContext()).build()).graph("").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void theCaPemFileHoldsTheCaAndIsDeletedWhenTheServerCloses() throws Exception {
        Path file;
        try (WamockServer server = WamockServer.builder().https().start()) {
            file = server.caPemFile();

            assertThat(Files.readString(file)).isEqualTo(server.caCertificatePem())
                    .startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aServerWithoutHttpsSaysHowToTurnItOn() {
        try (WamockServer server = WamockServer.start()) {
            assertThat(server.httpsPort()).isEqualTo(-1);
            assertThatThrownBy(server::httpsBaseUrl).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("HTTPS is off").hasMessageContaining("builder().https()")
                    .hasMessageContaining("--https-port").hasMessageContaining("@WamockTest(https = true)");
            assertThatThrownBy(server::sslContext).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(server::proxyAddress).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aServerWithHttpsButNoProxySaysItIsNotAProxy() {
        try (WamockServer server = WamockServer.builder().https().start()) {
            assertThatThrownBy(server::proxyAddress).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not in proxy mode").hasMessageContaining("--proxy");
        }
    }

    private static String withoutTraceId(String body) {
        return body.replaceAll("\"fbtrace_id\":\"[^\"]*\"", "\"fbtrace_id\":\"…\"");
    }
}
