package dev.wamock.server.webhooks;

import static dev.wamock.server.webhooks.SendCalls.code;
import static dev.wamock.server.webhooks.SendCalls.post;
import static dev.wamock.server.webhooks.SendCalls.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.testing.Reply;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * WhatsApp's rules are part of a session's state: a reset (Java or the admin API) starts their counters and windows
 * afresh, over real HTTP on a manual clock.
 */
@Timeout(60)
class RulesResetTest {
    private static final String SECRET = "fake-app-secret-1234";
    private final Receiver receiver = new Receiver().checkSignaturesWith(SECRET);
    private final WamockServer server = WamockServer.builder()
            .webhooks(WebhookOptions.to(receiver.url()).withAppSecret(SECRET)).start();

    RulesResetTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
        receiver.close();
    }

    @Test
    void afterEightySendsInOneSecondAResetLetsTheNextSendGo() {
        server.clock().manual();
        fillTheSecond();
        assertThat(code(post(server, template("16505559999")))).as("the 81st").isEqualTo(130429);

        server.reset();

        Reply next = post(server, template("16505559999"));
        assertThat(next.status()).as(next.body()).isEqualTo(200);
    }

    @Test
    void aResetThroughTheAdminApiStartsTheSessionsPairLimitAfresh() {
        var s1 = server.session("s1");
        s1.clock().manual();
        for (int i = 0; i < 45; i++) {
            assertThat(post(s1, template(Sends.USER)).status()).as("send %d of the pair's burst", i + 1).isEqualTo(200);
        }
        assertThat(code(post(s1, template(Sends.USER)))).as("the 46th to one user").isEqualTo(131056);

        assertThat(dev.wamock.server.testing.Http.to(server).admin("POST", "/reset?session=s1", null).status())
                .isEqualTo(200);

        assertThat(post(s1, template(Sends.USER)).status()).as("s1 after its reset").isEqualTo(200);
    }

    @Test
    void aResetForgetsTheWindowAnInboundMessageOpened() {
        server.inbound().text(Sends.USER, "hi");
        server.webhooks().awaitDeliveries(1, Duration.ofSeconds(10));
        server.clock().manual();
        assertThat(SendCalls.textStatuses(server, server.webhooks(), Sends.USER)).as("in the window")
                .containsExactly("sent", "delivered");

        server.reset();
        server.clock().manual(); // a reset runs the clock in real time again

        assertThat(SendCalls.textStatuses(server, server.webhooks(), Sends.USER)).as("after the reset")
                .containsExactly("sent", "failed");
    }

    private void fillTheSecond() {
        for (int i = 0; i < 80; i++) {
            Reply ok = post(server, template("1650555" + String.format("%04d", i)));
            assertThat(ok.status()).as("send %d: %s", i + 1, ok.body()).isEqualTo(200);
        }
    }
}
