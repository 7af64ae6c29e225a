package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.MessagingLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link WamockContainer#withMessagingLimits}: the limits reach the server in the image (copied as JSON, named by
 * {@code WAMOCK_MESSAGING_LIMITS}), so its fourth send in a second of the manual clock is refused with 130429.
 */
@NeedsWamockImage
class ContainerMessagingLimitsTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void threeSendsASecondThenTheFourthIsRefusedWith130429UntilTheClockMoves() throws Exception {
        try (WamockContainer container = new WamockContainer()
                .withMessagingLimits(MessagingLimits.defaults().withMessagesPerSecond(3))) {
            container.start();
            container.clock().manual();
            for (int i = 1; i <= 3; i++) {
                HttpResponse<String> ok = send(container, "1650555000" + i);
                assertThat(ok.statusCode()).as("send %d: %s", i, ok.body()).isEqualTo(200);
            }

            HttpResponse<String> fourth = send(container, "16505550004");
            container.clock().advance(Duration.ofSeconds(1));
            HttpResponse<String> nextSecond = send(container, "16505550004");

            assertThat(fourth.statusCode()).as(fourth.body()).isEqualTo(400);
            assertThat(fourth.body()).contains("\"code\":130429");
            assertThat(nextSecond.statusCode()).as(nextSecond.body()).isEqualTo(200);
        }
    }

    private HttpResponse<String> send(WamockContainer container, String to) throws Exception {
        String template = "{\"messaging_product\": \"whatsapp\", \"to\": \"" + to + "\", \"type\": \"template\","
                + " \"template\": {\"name\": \"hello_world\", \"language\": {\"code\": \"en_US\"}}}";
        return http.send(HttpRequest.newBuilder(URI.create(container.getBaseUrl() + "/v23.0/106540352242922/messages"))
                .header("Authorization", "Bearer fake-token-1234").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(template)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
