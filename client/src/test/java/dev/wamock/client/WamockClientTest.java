package dev.wamock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.wamock.server.WamockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Connecting: a wrong URL, token or server fails at connect, with the rule, the value and what to do. */
class WamockClientTest {

    @Test
    void aServerWithAnOpenAdminApiNeedsNoTokenAndATrailingSlashIsDropped() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            WamockClient client = WamockClient.connect(server.baseUrl() + "/");

            assertThat(client.baseUrl()).isEqualTo(server.baseUrl());
            assertThat(client).hasToString("WamockClient[" + server.baseUrl() + "]");
            assertThat(client.progress()).isNull();
        }
    }

    @Test
    void aMissingAdminTokenFailsAtConnectAndSaysHowToPassIt() {
        try (WamockServer server = WamockServer.builder().port(0).adminToken("fake-admin-token").start()) {
            assertThatThrownBy(() -> WamockClient.connect(server.baseUrl()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("answered 401")
                    .hasMessageContaining("connect with WamockClient.connect(url, adminToken)");
        }
    }

    @Test
    void aWrongAdminTokenFailsAtConnect() {
        try (WamockServer server = WamockServer.builder().port(0).adminToken("fake-admin-token").start()) {
            assertThatThrownBy(() -> WamockClient.connect(server.baseUrl(), "fake-other-token"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("does not match the server's --admin-token / WAMOCK_ADMIN_TOKEN");
        }
    }

    @Test
    void nothingListeningFailsAtConnectWithTheUrl() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;

        assertThatThrownBy(() -> WamockClient.connect(url))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("wamock admin call GET " + url + "/__wamock/scenario failed")
                .hasMessageContaining("is a wamock server (java -jar wamock-server.jar, the container) running at " + url);
    }

    @Test
    void anotherKindOfServerFailsAtConnect() throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            byte[] page = "<html>not found</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        other.start();
        try {
            String url = "http://127.0.0.1:" + other.getAddress().getPort();

            assertThatThrownBy(() -> WamockClient.connect(url))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("answered 404: <html>not found</html> (is " + url + " a wamock server?)");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void aBaseUrlThatIsNotHttpFailsWithAnExample() {
        assertThatThrownBy(() -> WamockClient.connect("localhost:8080"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a wamock base URL is http(s)://host:port, e.g. http://localhost:8080, but 'localhost:8080' "
                        + "is not: it does not start with http:// or https://");
        assertThatThrownBy(() -> WamockClient.connect(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("it is empty");
        assertThatThrownBy(() -> WamockClient.connect("http://localhost:8080/?x=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("it has a query or fragment");
    }

    @Test
    void everyWriteSaysItIsJsonOrAnAdminCallSoNoBrowserCouldSendItWithoutAPreflight() throws IOException {
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        HttpServer fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/__wamock/", exchange -> {
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            seen.put(call, List.of(String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                    String.valueOf(exchange.getRequestHeaders().getFirst("X-Wamock-Admin"))));
            byte[] body = "{\"active\":null}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        fake.start();
        try {
            WamockClient client = WamockClient.connect("http://127.0.0.1:" + fake.getAddress().getPort());
            client.reset();
            client.clearJournal();
            client.use("http-500");

            assertThat(seen).containsEntry("GET /__wamock/scenario", List.of("null", "null"))
                    .containsEntry("POST /__wamock/reset", List.of("null", "1"))
                    .containsEntry("DELETE /__wamock/journal", List.of("null", "1"))
                    .containsEntry("PUT /__wamock/scenario", List.of("application/json", "null"));
        } finally {
            fake.stop(0);
        }
    }
}
