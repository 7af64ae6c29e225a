package dev.wamock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.testing.ServerFixture;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhooks of a running server through {@link WamockClient}: a callback, an inbound text, the deliveries, the handshake. */
class WamockClientWebhooksTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.with(b -> b.adminToken("fake-admin-token")
            .webhooks(WebhookOptions.none().withAppSecret("fake-app-secret-1234").withVerifyToken("fake-verify-token")));
    private static WamockClient client;
    private HookReceiver receiver;

    @BeforeAll
    static void connect() {
        client = WamockClient.connect(SERVER.baseUrl(), "fake-admin-token");
    }

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new HookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void anInboundTextReachesTheCallbackSignedAndIsListedAsAnsweredWith200() {
        WamockClient session = client.session("hooks-inbound");
        session.webhookCallback(receiver.url());

        String wamid = session.inboundText("16505551234", "hi from the user");

        WebhookDelivery delivery = awaitOne(session);
        assertThat(wamid).startsWith("wamid.");
        assertThat(delivery.field()).isEqualTo("messages");
        assertThat(delivery.wamid()).isEqualTo(wamid);
        assertThat(delivery.url()).isEqualTo(receiver.url());
        assertThat(delivery.answerStatus()).isEqualTo(200);
        assertThat(delivery.acknowledged()).isTrue();
        assertThat(receiver.got()).singleElement().satisfies(got -> {
            assertThat(got.body()).isEqualTo(delivery.body()).contains("hi from the user");
            assertThat(got.signature()).isEqualTo(delivery.signature()).startsWith("sha256=");
        });
    }

    @Test
    void aSessionSeesOnlyItsOwnDeliveriesAndItsOwnCallback() {
        WamockClient one = client.session("hooks-one");
        WamockClient other = client.session("hooks-other");
        one.webhookCallback(receiver.url());

        one.inboundText("16505551234", "to session one");
        other.inboundText("16505551234", "to a session without a callback");

        assertThat(awaitOne(one).body()).contains("to session one");
        assertThat(other.webhookDeliveries()).isEmpty();
        assertThat(client.webhookDeliveries()).isEmpty();
        assertThat(receiver.got()).singleElement().satisfies(got -> assertThat(got.body()).contains("to session one"));
    }

    @Test
    void aCallbackSetToNullStopsTheWebhooks() {
        WamockClient session = client.session("hooks-stopped");
        session.webhookCallback(receiver.url());
        session.webhookCallback(null);

        session.inboundText("16505551234", "nobody hears this");

        assertThat(session.verifyWebhook().reason()).contains("no webhook callback URL");
        assertThat(session.webhookDeliveries()).isEmpty();
    }

    @Test
    void theHandshakePassesWhenTheCallbackEchoesTheChallenge() {
        WamockClient session = client.session("hooks-verify");
        session.webhookCallback(receiver.url());

        WebhookHandshake handshake = session.verifyWebhook();

        assertThat(handshake.passed()).as(handshake.reason()).isTrue();
        assertThat(handshake.status()).isEqualTo(200);
        assertThat(handshake.challenge()).isNotBlank();
        assertThat(handshake.callback()).isEqualTo(receiver.url());
    }

    @Test
    void theHandshakeWithoutACallbackFailsWithTheReasonNotAnException() {
        WebhookHandshake handshake = client.session("hooks-no-callback").verifyWebhook();

        assertThat(handshake.passed()).isFalse();
        assertThat(handshake.status()).isZero();
        assertThat(handshake.reason()).contains("no webhook callback URL is configured");
    }

    @Test
    void aCallbackThatIsNotAnHttpUrlIsRefusedWithTheServersMessage() {
        assertThatThrownBy(() -> client.session("hooks-bad-url").webhookCallback("ftp://example.com/hook"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ftp://example.com/hook");
    }

    @Test
    void anInboundTextWithoutASenderIsRefusedWithTheServersMessage() {
        assertThatThrownBy(() -> client.session("hooks-bad-inbound").inboundText(" ", "hi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from is required");
    }

    /** The session's one delivery, once it has been answered (bounded: 10 s of real time). */
    private static WebhookDelivery awaitOne(WamockClient session) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<WebhookDelivery> deliveries = session.webhookDeliveries();
        while (deliveries.isEmpty() && System.nanoTime() < deadline) {
            sleep();
            deliveries = session.webhookDeliveries();
        }
        assertThat(deliveries).as("the session's webhook deliveries").hasSize(1);
        return deliveries.get(0);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
