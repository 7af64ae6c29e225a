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

/**
 * Webhooks leave the container: a receiver on the host (JDK HTTP server on all interfaces) gets the {@code sent} status
 * of a template send, signed with the app secret, and the container's deliveries list it answered 200. The container
 * reaches the host as {@code host.testcontainers.internal}, mapped to Docker's {@code host-gateway} (engine 20.10+):
 * {@link org.testcontainers.Testcontainers#exposeHostPorts} would do the same through an SSH side container,
 * {@code testcontainers/sshd}, which must be pulled, and this build has no registry (docs/container.md).
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
        try (WamockContainer container = new WamockContainer()
                .withExtraHost("host.testcontainers.internal", "host-gateway")
                .withWebhooks("http://host.testcontainers.internal:" + port + "/webhook", APP_SECRET)) {
            container.start();

            HttpResponse<String> send = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(container.getBaseUrl() + "/v23.0/106540352242922/messages"))
                    .header("Authorization", "Bearer fake-token-1234")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TEMPLATE)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(send.statusCode()).as(send.body()).isEqualTo(200);

            Got sent = await("a 'sent' status", "\"status\":\"sent\"");
            assertThat(sent.signature()).isEqualTo("sha256=" + hmac(sent.body()));
            assertThat(awaitSentDelivery(container)).satisfies(d -> {
                assertThat(d.answerStatus()).isEqualTo(200);
                assertThat(d.body()).isEqualTo(sent.body());
                assertThat(send.body()).contains(d.wamid());
            });
            String inbound = container.inboundText("16505551234", "hi from the host");
            assertThat(await("the inbound message", inbound).body()).contains("hi from the host");
        }
    }

    /** The container's record of the {@code sent} attempt, once answered (bounded: 10 s of real time). */
    private static WebhookDelivery awaitSentDelivery(WamockContainer container) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<WebhookDelivery> sent = List.of();
        while (sent.isEmpty() && System.nanoTime() < deadline) {
            sent = container.webhookDeliveries().stream().filter(d -> "sent".equals(d.status())).toList();
            Thread.sleep(sent.isEmpty() ? 50 : 0);
        }
        assertThat(sent).as("the container's 'sent' deliveries").hasSize(1);
        return sent.get(0);
    }

    /** The first POST whose body contains {@code text} (bounded: 30 s of real time). */
    private Got await(String what, String text) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Got g : got) {
                if (g.body().contains(text)) {
                    return g;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(what + " did not reach the receiver on the host within 30 s; got " + got);
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
