package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** withHttps and withProxy: the container's HTTPS listener, trusted through its CA fetched over the admin API. */
@NeedsWamockImage
class ContainerHttpsTest {
    private static final String PATH = "/v23.0/106540352242922";
    private static WamockContainer container;

    @BeforeAll
    static void start() {
        container = new WamockContainer().withProxy();
        container.start();
    }

    @AfterAll
    static void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @BeforeEach
    void clean() {
        container.reset();
    }

    @Test
    void theHttpsListenerAnswersWithTheContainersSslContext() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(container.sslContext()).build();

        Reply answer = Http.to(container.getHttpsBaseUrl()).withClient(client).graph(PATH);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"status\":\"CONNECTED\"");
        assertThat(container.getHttpsBaseUrl()).startsWith("https://").doesNotEndWith("/");
        assertThat(container.caCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void aClientThatHardCodesGraphReachesTheContainerThroughItsProxy() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(container.sslContext())
                .proxy(ProxySelector.of(container.getProxyAddress())).connectTimeout(Duration.ofSeconds(10)).build();

        Reply answer = Http.to("https://graph.facebook.com").withClient(client).graph(PATH);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(container.journal().entries()).singleElement().extracting(JournalEntry::path).isEqualTo(PATH);
    }

    @Test
    void withoutHttpsTheHttpsMethodsSayWhatToCall() {
        WamockContainer plain = new WamockContainer();

        assertThatThrownBy(plain::getHttpsBaseUrl).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("withHttps()");
        assertThatThrownBy(plain::getProxyAddress).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("withProxy()");
    }
}
