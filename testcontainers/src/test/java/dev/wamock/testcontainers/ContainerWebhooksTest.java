package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.wamock.scenarios.WebhookDelivery;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.Testcontainers;

/**
 * Webhooks leave the container: a receiver on the host (JDK HTTP server, exposed with
 * {@link Testcontainers#exposeHostPorts}) gets the {@code sent} status of a template send, signed with the app secret,
 * and the container's deliveries list it answered 200.
 */
@NeedsWamockImage
class ContainerWebhooksTest {
    private static final String APP_SECRET = "fake-app-secret-1234";
    private static final String TEMPLATE = "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\","
            + "\"type\":\"template\",\"template\":{\"name\":\"hello_world\",\"language\":{\"code\":\"en_US\"}}}";

    /** One POST the receiver got. */
    private record Got(String signature, String body) {
    }

    private final List<Got> got = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(0), 0);
        receiver.createContext("/webhook", this::take);
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aTemplateSendsSentStatusReachesAReceiverOnTheHostSignedAndIsListedAnsweredWith200() throws Exception {
        int port = receiver.getAddress().getPort();
        Testcontainers.exposeHostPorts(port);
        try (WamockContainer container = new WamockContainer()
                .withWebhooks("http://host.testcontainers.internal:" + port + "/webhook", APP_SECRET)) {
            container.start();

            HttpResponse<String> send = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(container.getBaseUrl() + "/v23.0/106540352242922/messages"))
                    .header("Authorization", "Bearer fake-token-1234")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TEMPLATE)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(send.statusCode()).as(send.body()).isEqualTo(200);

            Got sent = awaitSent();
            assertThat(sent.signature()).isEqualTo("sha256=" + hmac(sent.body()));
            assertThat(container.webhookDeliveries()).filteredOn(d -> "sent".equals(d.status()))
                    .singleElement().satisfies(d -> {
                        assertThat(d.answerStatus()).isEqualTo(200);
                        assertThat(d.body()).isEqualTo(sent.body());
                        assertThat(send.body()).contains(d.wamid());
                    });
        }
    }

    /** The first POST carrying a {@code sent} status (bounded: 30 s of real time). */
    private Got awaitSent() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Got g : got) {
                if (g.body().contains("\"status\":\"sent\"")) {
                    return g;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no 'sent' status webhook reached the receiver on the host within 30 s; got " + got);
    }

    private void take(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            got.add(new Got(exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"), body));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
