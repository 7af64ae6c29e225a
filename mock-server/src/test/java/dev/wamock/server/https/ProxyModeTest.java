package dev.wamock.server.https;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * Proxy mode: a client that hard-codes {@code https://graph.facebook.com} reaches the mock through the HTTP port as
 * its proxy; any other host is refused with a Graph-shaped 502 and never contacted.
 */
@Timeout(60)
class ProxyModeTest {
    private WamockServer server;

    @BeforeEach
    void start() {
        server = WamockServer.builder().proxy().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aJavaHttpClientThatHardCodesGraphReachesTheMockThroughTheProxy() {
        Reply reply = Http.to("https://graph.facebook.com").withClient(server.httpClient()).number("?fields=verified_name,quality_rating");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("verified_name").asString()).isEqualTo("Acme Support");
        assertThat(reply.json().get("quality_rating").asString()).isEqualTo("GREEN");
        JournalEntry entry = server.journal().entries().get(0);
        assertThat(entry.path()).as("a tunnelled request is journaled like any other").isEqualTo("/v23.0/" + Http.NUMBER);
        assertThat(entry.header("Host")).isEqualTo("graph.facebook.com");
        assertThat(entry.fields()).containsExactly("verified_name", "quality_rating");
    }

    @Test
    void anHttpsUrlConnectionThatHardCodesGraphReachesTheMockThroughTheProxy() throws IOException {
        Proxy proxy = new Proxy(Proxy.Type.HTTP, server.proxyAddress());
        HttpsURLConnection connection = (HttpsURLConnection) new URL("https://graph.facebook.com/v23.0/" + Http.NUMBER).openConnection(proxy);
        connection.setSSLSocketFactory(server.sslContext().getSocketFactory());
        connection.setRequestProperty("Authorization", "Bearer " + Http.TOKEN);

        assertThat(connection.getResponseCode()).isEqualTo(200);
        try (InputStream in = connection.getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"status\":\"CONNECTED\"");
        }
    }

    @Test
    void aPlainAbsoluteFormRequestForGraphIsServedDirectly() {
        Reply reply = RawHttp.send(server.port(), "GET", "http://graph.facebook.com/v23.0/" + Http.NUMBER,
                "Host: graph.facebook.com", RawHttp.AUTH);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.body()).contains("\"id\":\"" + Http.NUMBER + "\"");
        assertThat(server.journal().entries()).singleElement().extracting(JournalEntry::path)
                .isEqualTo("/v23.0/" + Http.NUMBER);
    }

    @Test
    void requestsToTheServerItselfAreServedAsWithoutTheProxy() {
        Reply reply = Http.to(server).number();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(Http.to(server).get("/__wamock/health").json()
                .get("https").get("proxy").asBoolean()).isTrue();
    }

    @Test
    void connectToAnotherHostGetsA502NamingTheHostAndTheRuleAndNothingIsContacted() throws IOException {
        try (ServerSocket bystander = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String target = "localhost:" + bystander.getLocalPort();

            Reply reply = RawHttp.send(server.port(), "CONNECT", target, "Host: " + target);

            assertThat(reply.status()).as("%s", reply).isEqualTo(502);
            JsonNode error = reply.json().get("error");
            assertThat(error.get("message").asString()).contains("wamock proxies only graph.facebook.com")
                    .contains(target + " is never contacted");
            assertThat(error.get("code").asInt()).isEqualTo(1);
            assertThat(error.get("fbtrace_id").asString()).isNotBlank();
            assertNothingConnects(bystander);
        }
    }

    @Test
    void anAbsoluteFormRequestForAnotherHostGetsA502AndNothingIsContacted() throws IOException {
        // bound to every interface and named by this machine's own name: a proxy that forwarded would reach it
        try (ServerSocket bystander = new ServerSocket(0, 50)) {
            String target = InetAddress.getLocalHost().getHostName() + ":" + bystander.getLocalPort();

            Reply reply = RawHttp.send(server.port(), "GET", "http://" + target + "/v23.0/" + Http.NUMBER, "Host: " + target,
                    RawHttp.AUTH);

            assertThat(reply.status()).as("%s", reply).isEqualTo(502);
            assertThat(reply.json().get("error").get("message").asString()).contains(target + " is never contacted");
            assertNothingConnects(bystander);
            assertThat(server.journal().entries()).as("a refused request never reached the mock").isEmpty();
        }
    }

    @Test
    void connectToGraphOnAPortOtherThan443IsRefused() {
        Reply reply = RawHttp.send(server.port(), "CONNECT", "graph.facebook.com:80", "Host: graph.facebook.com:80");

        assertThat(reply.status()).as("%s", reply).isEqualTo(502);
        assertThat(reply.body()).contains("graph.facebook.com:80 is never contacted");
    }

    @Test
    void aServerWithoutProxyModeNeverTunnels() {
        try (WamockServer plain = WamockServer.builder().https().start()) {
            Reply reply = RawHttp.send(plain.port(), "CONNECT", "graph.facebook.com:443", "Host: graph.facebook.com:443");

            assertThat(reply.status()).as("%s", reply).isNotEqualTo(200);
            assertThat(reply.json().get("error")).isNotNull();
        }
    }

    /** The bystander gets no connection within a second (a proxy that forwarded would connect at once). */
    private static void assertNothingConnects(ServerSocket bystander) throws IOException {
        bystander.setSoTimeout(1_000);
        try {
            bystander.accept().close();
            throw new AssertionError("the proxy connected to " + bystander.getLocalSocketAddress());
        } catch (SocketTimeoutException expected) {
            // nothing came
        }
    }
}
