package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.Webhooks;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Meta's verification request, made on demand against the callback. */
@Timeout(60)
class HandshakeTest {
    private static final String TOKEN = "fake-verify-token-1234";
    private final Receiver receiver = new Receiver();
    private WamockServer server;

    HandshakeTest() throws java.io.IOException {
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        receiver.close();
    }

    private Webhooks start(String token) {
        server = WamockServer.builder().webhooks(WebhookOptions.to(receiver.url()).withVerifyToken(token)).start();
        return server.webhooks();
    }

    @Test
    void aCallbackThatChecksTheTokenAndEchoesTheChallengePasses() {
        receiver.expectVerifyToken(TOKEN, false);

        Webhooks.Handshake result = start(TOKEN).verify();

        assertThat(result.passed()).as(result.reason()).isTrue();
        assertThat(result.status()).isEqualTo(200);
        Map<String, String> query = Receiver.Queries.parse(receiver.got().get(0).query());
        assertThat(query).containsEntry("hub.mode", "subscribe").containsEntry("hub.verify_token", TOKEN)
                .containsEntry("hub.challenge", result.challenge());
        assertThat(receiver.got().get(0).method()).isEqualTo("GET");
    }

    @Test
    void aWrongTokenFailsWithTheCallbacksStatus() {
        receiver.expectVerifyToken("another-fake-token", false);

        Webhooks.Handshake result = start(TOKEN).verify();

        assertThat(result.passed()).isFalse();
        assertThat(result.status()).isEqualTo(403);
        assertThat(result.reason()).contains("answered 403").contains("wrong verify token");
    }

    @Test
    void aCallbackThatEchoesSomethingElseFailsAndTheReasonShowsWhat() {
        receiver.expectVerifyToken(TOKEN, true);

        Webhooks.Handshake result = start(TOKEN).verify();

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).contains("'not-the-challenge'").contains(result.challenge())
                .doesNotContain(TOKEN);
    }

    @Test
    void withoutAVerifyTokenThereIsNothingToVerify() {
        Webhooks.Handshake result = start(null).verify();

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).contains("no verify token is configured");
        assertThat(receiver.got()).isEmpty();
    }

    @Test
    void theAdminApiVerifiesTooAndReportsTheResult() {
        receiver.expectVerifyToken(TOKEN, false);
        start(TOKEN);

        Reply reply = Http.to(server).admin("POST", "/webhooks/verify", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("passed").asBoolean()).isTrue();
        assertThat(reply.body()).doesNotContain(TOKEN);
    }
}
