package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.cli.WamockCommand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages route, WhatsApp's rules and the webhooks together, over real HTTP on a manual clock: what a client
 * sees when it sends (an ID, then signed statuses), when the 24-hour window is closed (an ID, then a failed status
 * with 131047) and when it sends too fast (130429 at once, the next second's first goes).
 */
@Timeout(60)
class SendsEndToEndTest {
    private static final String SECRET = "fake-app-secret-1234";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NUMBER = "106540352242922";
    private final HttpClient http = HttpClient.newHttpClient();
    private final Receiver receiver = new Receiver().checkSignaturesWith(SECRET);
    private WamockServer server;

    SendsEndToEndTest() throws IOException {
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        receiver.close();
    }

    private void start(WamockServer.Builder builder) {
        server = builder.start();
        server.clock().manual();
    }

    @Test
    void aReplyToAUserWhoWroteInGetsItsStatusesSignedInOrderAndIsJournaledWithItsBody() throws Exception {
        start(WamockServer.builder().webhooks(WebhookOptions.to(receiver.url()).withAppSecret(SECRET)));
        server.inbound().text("16505551234", "hi");

        HttpResponse<String> sent = send(text("16505551234", "hello back"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        String wamid = json(sent.body()).path("messages").path(0).path("id").asString();
        server.clock().advance(Duration.ofSeconds(4)); // delivered after 1 s, read after 3 s
        List<WebhookDelivery> all = server.webhooks().awaitDeliveries(4, WAIT);

        assertThat(all).extracting(WebhookDelivery::field).containsExactly("messages", "statuses", "statuses", "statuses");
        assertThat(all.subList(1, 4)).extracting(WebhookDelivery::status).containsExactly("sent", "delivered", "read");
        assertThat(all.subList(1, 4)).extracting(WebhookDelivery::wamid).containsOnly(wamid);
        assertThat(all).allSatisfy(d -> assertThat(d.answerStatus()).as(d.describe()).isEqualTo(200));
        assertThat(receiver.got()).hasSize(4).allSatisfy(g -> assertThat(receiver.valid(g.signature(), g.body())).isTrue());
        JournalEntry entry = server.journal().entries().get(0);
        assertThat(entry.method()).isEqualTo("POST");
        assertThat(json(entry.requestBody()).path("text").path("body").asString()).isEqualTo("hello back");
    }

    @Test
    void aTextToAUserWhoNeverWroteGetsAnIdThenAFailedStatusWith131047() throws Exception {
        start(WamockServer.builder().webhooks(WebhookOptions.to(receiver.url()).withAppSecret(SECRET)));

        HttpResponse<String> sent = send(text("16505550000", "are you there?"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        server.webhooks().awaitDeliveries(1, WAIT);
        server.clock().advance(Duration.ofSeconds(1)); // the failure comes when delivered would have
        List<WebhookDelivery> all = server.webhooks().awaitDeliveries(2, WAIT);

        assertThat(all).extracting(WebhookDelivery::status).containsExactly("sent", "failed");
        JsonNode error = json(all.get(1).body()).at("/entry/0/changes/0/value/statuses/0/errors/0");
        assertThat(error.path("code").asInt()).as(all.get(1).body()).isEqualTo(131047);
    }

    @Test
    void the81stSendInASecondIsRefusedWith130429AndTheNextSecondsFirstGoes() throws Exception {
        start(WamockServer.builder());
        for (int i = 0; i < 80; i++) {
            HttpResponse<String> ok = send(template("1650555" + String.format("%04d", i)));
            assertThat(ok.statusCode()).as("send %d: %s", i + 1, ok.body()).isEqualTo(200);
        }

        HttpResponse<String> refused = send(template("16505559999"));
        server.clock().advance(Duration.ofSeconds(1));
        HttpResponse<String> next = send(template("16505559999"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused.body()).path("error").path("code").asInt()).as(refused.body()).isEqualTo(130429);
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
    }

    @Test
    void theCommandLinesWebhookVariablesDeliverSignedStatuses() throws Exception {
        start(WamockServer.builder().options(WamockCommand.options(Map.of("WAMOCK_WEBHOOK_URL", receiver.url(),
                "WAMOCK_APP_SECRET", SECRET))));

        assertThat(send(template("16505551234")).statusCode()).isEqualTo(200);
        WebhookDelivery sent = server.webhooks().awaitDeliveries(1, WAIT).get(0);

        assertThat(sent.status()).isEqualTo("sent");
        assertThat(sent.answerStatus()).as("the receiver answers 401 to a bad signature").isEqualTo(200);
    }

    @Test
    void aDroppedSessionForgetsItsWindowsAndWebhooks() throws Exception {
        start(WamockServer.builder().webhooks(WebhookOptions.to(receiver.url()).withAppSecret(SECRET)));
        server.inbound("s1").text("16505551234", "hi"); // opens s1's window with this user
        server.webhooks("s1").awaitDeliveries(1, WAIT);

        server.dropSession("s1");

        assertThat(server.webhooks("s1").deliveries()).as("a dropped session's attempts").isEmpty();
        HttpResponse<String> sent = send("/sessions/s1", text("16505551234", "hello again"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        server.webhooks("s1").awaitDeliveries(1, WAIT);
        server.clock().advance(Duration.ofSeconds(1));
        List<WebhookDelivery> after = server.webhooks("s1").awaitDeliveries(2, WAIT);
        assertThat(after).extracting(WebhookDelivery::status).as("the window went with the session")
                .containsExactly("sent", "failed");
    }

    private static String text(String to, String body) {
        return "{\"messaging_product\": \"whatsapp\", \"to\": \"" + to + "\", \"type\": \"text\", \"text\": {\"body\": \""
                + body + "\"}}";
    }

    private static String template(String to) {
        return "{\"messaging_product\": \"whatsapp\", \"to\": \"" + to + "\", \"type\": \"template\", \"template\":"
                + " {\"name\": \"hello_world\", \"language\": {\"code\": \"en_US\"}}}";
    }

    private HttpResponse<String> send(String body) throws Exception {
        return send("", body);
    }

    private HttpResponse<String> send(String base, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + base + "/v23.0/" + NUMBER + "/messages"))
                .header("Authorization", "Bearer fake-token-1234").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
