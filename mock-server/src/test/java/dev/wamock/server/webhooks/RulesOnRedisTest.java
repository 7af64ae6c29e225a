package dev.wamock.server.webhooks;

import static dev.wamock.server.webhooks.SendCalls.code;
import static dev.wamock.server.webhooks.SendCalls.post;
import static dev.wamock.server.webhooks.SendCalls.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.state.redis.testing.RedisProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * WhatsApp's rules shared by two servers on one redis-server (a test's own, on a free port), over real HTTP on the
 * session's manual clock: sends through either count against one throughput limit and one pair limit, an inbound
 * message through one opens the window for the other, and a reset through one starts them afresh on both. Each test
 * plays its story in its own session.
 */
@Timeout(120)
class RulesOnRedisTest {
    private static final String SECRET = "fake-app-secret-1234";
    private static RedisProcess redis;
    private static Receiver receiver;
    private static WamockServer a;
    private static WamockServer b;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisProcess.start();
        receiver = new Receiver().checkSignaturesWith(SECRET);
        a = replica();
        b = replica();
    }

    private static WamockServer replica() {
        return WamockServer.builder().port(0).state(redis.uri())
                .webhooks(WebhookOptions.to(receiver.url()).withAppSecret(SECRET)).start();
    }

    @AfterAll
    static void stop() throws Exception {
        b.close();
        a.close();
        receiver.close();
        redis.close();
    }

    @Test
    void fortySendsThroughEachServerFillTheSecondAndThe81stThroughEitherIs130429() {
        WamockControl onA = session(a, "throughput");
        WamockControl onB = session(b, "throughput");
        fillTheSecond(onA, onB);

        assertThat(code(post(onA, template("16505559999")))).as("the 81st through A").isEqualTo(130429);
        assertThat(code(post(onB, template("16505559999")))).as("the 81st through B").isEqualTo(130429);
        onB.clock().advance(java.time.Duration.ofSeconds(1));
        assertThat(code(post(onA, template("16505559999")))).as("the next second's first").isNull();
    }

    @Test
    void thePairLimitCountsTheSendsToOneUserThroughBothServers() {
        WamockControl onA = session(a, "pair");
        WamockControl onB = session(b, "pair");
        for (int i = 0; i < 45; i++) {
            assertThat(code(post(i % 2 == 0 ? onA : onB, template(Sends.USER)))).as("send %d", i + 1).isNull();
        }

        assertThat(code(post(onB, template(Sends.USER)))).as("the 46th to one user").isEqualTo(131056);
        assertThat(code(post(onA, template(Sends.USER)))).isEqualTo(131056);
    }

    @Test
    void anInboundMessageInjectedThroughOneServerOpensTheWindowForASendThroughTheOther() {
        session(a, "window");
        WamockControl onB = session(b, "window");

        a.inbound("window").text(Sends.USER, "hi");

        assertThat(SendCalls.textStatuses(onB, b.webhooks("window"), Sends.USER)).containsExactly("sent", "delivered");
        assertThat(SendCalls.textStatuses(onB, b.webhooks("window"), "16505550000")).as("a user who never wrote")
                .containsExactly("sent", "failed");
    }

    @Test
    void aResetThroughOneServerClearsTheCountersAndWindowsOnTheOther() {
        WamockControl onA = session(a, "reset");
        WamockControl onB = session(b, "reset");
        a.inbound("reset").text(Sends.USER, "hi");
        fillTheSecond(onA, onB);
        assertThat(code(post(onB, template("16505559999")))).isEqualTo(130429);

        onA.reset();
        onA.clock().manual(); // a reset runs the clock in real time again

        assertThat(code(post(onB, template("16505559999")))).as("after the reset, through B").isNull();
        assertThat(SendCalls.textStatuses(onB, b.webhooks("reset"), Sends.USER)).as("the window went with the reset")
                .containsExactly("sent", "failed");
    }

    /** Session {@code id} through {@code server}, its clock manual (on every server: the clock is shared). */
    private static WamockControl session(WamockServer server, String id) {
        WamockControl control = server.session(id);
        control.clock().manual();
        return control;
    }

    /** 40 templates through each server, to 80 users: the throughput limit's second is full. */
    private static void fillTheSecond(WamockControl onA, WamockControl onB) {
        for (int i = 0; i < 80; i++) {
            assertThat(code(post(i % 2 == 0 ? onA : onB, template("1650555" + String.format("%04d", i)))))
                    .as("send %d", i + 1).isNull();
        }
    }
}
