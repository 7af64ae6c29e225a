package dev.wamock.server.https;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** The admin API with HTTPS on: health shows the listener, the CA is public, and the Host rules hold on HTTPS too. */
@Timeout(60)
class HttpsAdminTest {
    private static final String ADMIN_TOKEN = "fake-admin-token-1234";

    @Test
    void healthShowsTheHttpsUrlAndTheCaFile() {
        try (WamockServer server = WamockServer.builder().https().start()) {
            JsonNode https = Http.to(server).get("/__wamock/health").json().get("https");

            assertThat(https.get("url").asString()).isEqualTo(server.httpsBaseUrl());
            assertThat(https.get("caPemFile").asString()).isEqualTo(server.caPemFile().toString());
            assertThat(https.get("proxy").asBoolean()).isFalse();
        }
    }

    @Test
    void theFirstHealthAnswerAlreadyShowsHttpsSoAReadinessCheckNeverSeesAServerWithoutIt() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        HttpClient http = HttpClient.newHttpClient();
        // a fresh JVM, as a container's: its first TLS set-up is slow enough to be seen if HTTP opened first
        try (ChildCli cli = ChildCli.launch(java.util.List.of(), "--port", String.valueOf(port), "--https-port", "0")) {
            JsonNode health = null;
            while (health == null) { // polls as a readiness check does, from before the port opens
                try {
                    health = Http.to("http://127.0.0.1:" + port).withClient(http).get("/__wamock/health").json();
                } catch (UncheckedIOException notYet) {
                    assertThat(cli.isAlive()).as("the server process is running").isTrue();
                }
            }

            assertThat(health.has("https")).as("first health answer: %s", health).isTrue();
        }
    }

    @Test
    void theCaCertificateIsServedWithoutTheAdminToken() {
        try (WamockServer server = WamockServer.builder().https().adminToken(ADMIN_TOKEN).start()) {
            Reply reply = Http.to(server).get("/__wamock/ca.pem");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo(server.caCertificatePem());
            assertThat(Http.to(server).get("/__wamock/scenario").status())
                    .as("the rest still needs the token").isEqualTo(401);
        }
    }

    @Test
    void withoutHttpsTheCaCertificateIsAGraphShaped404SayingHowToTurnItOn() {
        try (WamockServer server = WamockServer.start()) {
            Reply reply = Http.to(server).get("/__wamock/ca.pem");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().get("error").get("message").asString()).contains("HTTPS is off")
                    .contains("--https-port");
        }
    }

    @Test
    void theEndpointAnswersAnyHostOverHttpsAsOverHttpEvenOneTheCertificateDoesNotName() {
        try (WamockServer server = WamockServer.builder().https().start()) {
            assertThat(overTls(server, "GET /v23.0/" + Http.NUMBER + " HTTP/1.1\r\nHost: wamock\r\nAuthorization: Bearer "
                    + Http.TOKEN)).startsWith("HTTP/1.1 200").contains("\"status\":\"CONNECTED\"");
        }
    }

    @Test
    void theAdminHostRuleHoldsOnTheHttpsPort() {
        try (WamockServer server = WamockServer.builder().https().adminToken(ADMIN_TOKEN).start()) {
            String auth = "\r\nAuthorization: Bearer " + ADMIN_TOKEN;

            assertThat(overTls(server, "GET /__wamock/scenario HTTP/1.1\r\nHost: 127.0.0.1" + auth)).startsWith("HTTP/1.1 200");
            assertThat(overTls(server, "GET /__wamock/scenario HTTP/1.1\r\nHost: localhost" + auth)).startsWith("HTTP/1.1 200");
            assertThat(overTls(server, "GET /__wamock/scenario HTTP/1.1\r\nHost: rebound.example" + auth))
                    .startsWith("HTTP/1.1 403").contains("DNS rebinding");
            assertThat(overTls(server, "GET /__wamock/scenario HTTP/1.1\r\nHost: graph.facebook.com" + auth))
                    .as("the name the proxy tunnels is not the server's own").startsWith("HTTP/1.1 403");
        }
    }

    /** One request over TLS (trusting the server's CA) with the Host header given; the whole answer. */
    private static String overTls(WamockServer server, String head) {
        try (SSLSocket socket = (SSLSocket) server.sslContext().getSocketFactory()
                .createSocket("127.0.0.1", server.httpsPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
