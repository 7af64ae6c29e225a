package dev.wamock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** {@link WamockClient#session(String)}: what it sends, where its requests land, and how it is dropped. */
class WamockClientSessionTest {

    @Test
    void everyAdminCallOfASessionNamesItInTheHeaderAndItsBaseUrlNamesItInThePath() throws IOException {
        Map<String, String> sessionOf = new ConcurrentHashMap<>();
        HttpServer fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/__wamock/", exchange -> {
            sessionOf.put(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath(),
                    String.valueOf(exchange.getRequestHeaders().getFirst("X-Wamock-Session")));
            byte[] body = (exchange.getRequestURI().getPath().endsWith("/journal")
                    ? "{\"total\":0,\"dropped\":0,\"entries\":[]}" : "{\"active\":null}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        fake.start();
        try {
            String url = "http://127.0.0.1:" + fake.getAddress().getPort();
            WamockClient session = WamockClient.connect(url).session("test-1");
            session.use("http-500");
            session.reset();
            session.clearJournal();
            session.progress();
            session.journal();
            session.clock().manual();
            session.dropSession("test-2");

            assertThat(session.baseUrl()).isEqualTo(url + "/sessions/test-1");
            assertThat(session).hasToString("WamockClient[" + url + "/sessions/test-1]");
            assertThat(sessionOf).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "GET /__wamock/scenario", "test-1", "PUT /__wamock/scenario", "test-1",
                    "POST /__wamock/reset", "test-1", "DELETE /__wamock/journal", "test-1",
                    "GET /__wamock/journal", "test-1", "POST /__wamock/clock", "test-1",
                    "DELETE /__wamock/session", "test-2"));
        } finally {
            fake.stop(0);
        }
    }

    @Test
    void requestsToASessionsBaseUrlLandInItsJournalAndAwaitReadsIt() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            WamockClient client = WamockClient.connect(server.baseUrl());
            WamockClient session = client.session("orders-test.7");
            session.use("transient-then-ok");

            List<Integer> statuses = List.of(Http.to(session).number().status(),
                    Http.to(session).number().status(), Http.to(session).number().status());

            assertThat(statuses).containsExactly(500, 500, 200);
            assertThat(session.journal().await(3, Duration.ofSeconds(5)).entries())
                    .extracting(JournalEntry::path).containsOnly("/v23.0/" + Http.NUMBER).hasSize(3);
            assertThat(client.journal().total()).as("the default session's journal").isZero();
            assertThat(server.session("orders-test.7").journal().total()).isEqualTo(3);
        }
    }

    @Test
    void aDroppedSessionIsForgottenAndComesBackFreshOnItsNextUse() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            WamockClient client = WamockClient.connect(server.baseUrl());
            WamockClient session = client.session("to-drop");
            session.use("http-500");
            Http.to(session).number();
            assertThat(client.sessions()).containsExactly("", "to-drop");

            client.dropSession("to-drop");

            assertThat(client.sessions()).containsExactly("");
            assertThat(Http.to(session).number().status()).as("no scenario in the fresh session").isEqualTo(200);
            assertThat(session.journal().total()).isEqualTo(1);
        }
    }

    @Test
    void aSessionIdThatBreaksTheRuleFailsBeforeAnyCallWithTheRule() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            WamockClient client = WamockClient.connect(server.baseUrl());

            assertThatThrownBy(() -> client.session("my test"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a session ID is 1 to 64 letters, digits, '.', '_', ':' or '-', not dots alone, but was 'my test'");
            assertThatThrownBy(() -> client.dropSession("x".repeat(65)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("a session ID is 1 to 64");
            assertThat(client.sessions()).containsExactly("");
        }
    }
}
