package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.wamock.client.WebhookState;
import dev.wamock.scenarios.WebhookChaos;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The container's webhook chaos, counts and inbound types in Java (before, the admin API only): a receiver on the
 * host (reached as {@code host.testcontainers.internal} through {@code host-gateway}, as in
 * {@link ContainerWebhooksTest}) gets an image twice under chaos {@code duplicated(1)}, a location once chaos is off,
 * nothing under {@code dropped(1)}, and {@link WamockContainer#webhookState()} counts the drop.
 */
@NeedsWamockImage
class ContainerWebhookChaosTest {
    private final List<String> got = new CopyOnWriteArrayList<>();
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
    void chaosAndInboundTypesDrivenFromJavaReachTheReceiverOnTheHost() throws Exception {
        String url = "http://host.testcontainers.internal:" + receiver.getAddress().getPort() + "/webhook";
        try (WamockContainer container = new WamockContainer()
                .withExtraHost("host.testcontainers.internal", "host-gateway")
                .withWebhooks(url, "fake-app-secret-1234")) {
            container.start();
            WebhookChaos twice = WebhookChaos.none().duplicated(1).delayed(0, Duration.ofSeconds(30)).seed(7);

            WebhookState set = container.webhookChaos(twice);
            String image = container.inbound().named("Sheena Nelson").image("16505551234", "1003383421387256", "Taj Mahal");
            awaitCount(image, 2);
            container.webhookChaos(WebhookChaos.none());
            String location = container.inbound().location("16505551234", 37.44, -122.16);
            awaitCount(location, 1);
            container.webhookChaos(WebhookChaos.none().dropped(1));
            String lost = container.inbound().reaction("16505551234", image, "👍");
            WebhookState after = container.webhookState();
            container.webhookChaos(WebhookChaos.none());
            awaitCount(container.inboundText("16505551234", "after the drop"), 1); // the lost one had its chance

            assertThat(set).isEqualTo(new WebhookState(url, twice, 0, 0, 0));
            assertThat(got.stream().filter(b -> b.contains(image))).hasSize(2)
                    .allSatisfy(b -> assertThat(b).contains("\"caption\":\"Taj Mahal\"", "Sheena Nelson"));
            assertThat(got.stream().filter(b -> b.contains(location))).singleElement().asString()
                    .contains("\"latitude\":37.44");
            assertThat(after.dropped()).isEqualTo(1);
            assertThat(after.chaos()).isEqualTo(WebhookChaos.none().dropped(1));
            assertThat(got).noneMatch(b -> b.contains(lost));
        }
    }

    /** Waits until {@code count} POSTs carry {@code wamid} (bounded: 30 s of real time). */
    private void awaitCount(String wamid, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (got.stream().filter(b -> b.contains(wamid)).count() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(got.stream().filter(b -> b.contains(wamid))).as("POSTs of %s; got %s", wamid, got).hasSize(count);
    }

    private void take(HttpExchange exchange) throws IOException {
        try (exchange) {
            got.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
        }
    }
}
