package dev.wamock.state.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.state.redis.testing.RedisProcess;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp's rules on a fleet: two replicas on one Redis count one session's sends and open its windows together, on
 * the session's manual clock; a reset through one starts them afresh on the other; a replica that joins late replays
 * them from the log.
 */
class FleetRulesTest {
    private static final String NUMBER = "106540352242922";
    private static final String USER = "16505551234";
    private static RedisProcess redis;
    private Fleet fleet;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisProcess.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @BeforeEach
    void twoReplicasOnAManualClock() {
        fleet = new Fleet(redis.uri(), 2);
        fleet.replica(0).drop("");
        fleet.session(0, "").clock().manual();
    }

    @AfterEach
    void closeReplicas() {
        fleet.close();
    }

    @Test
    void fortySendsThroughEachReplicaFillTheSecondAndThe81stThroughEitherIs130429() {
        for (int i = 0; i < 80; i++) {
            assertThat(check(i % 2, template("1650555" + String.format("%04d", i)))).as("send %d", i + 1)
                    .isEqualTo(SendVerdict.goes());
        }

        assertThat(code(check(0, template("16505559999")))).isEqualTo(130429);
        assertThat(code(check(1, template("16505559999")))).isEqualTo(130429);
        fleet.session(1, "").clock().advance(Duration.ofSeconds(1));
        assertThat(check(0, template("16505559999"))).as("the next second's first").isEqualTo(SendVerdict.goes());
    }

    @Test
    void thePairLimitCountsTheSendsToOneUserThroughEveryReplica() {
        for (int i = 0; i < 45; i++) {
            assertThat(check(i % 2, template(USER))).as("send %d of the burst", i + 1).isEqualTo(SendVerdict.goes());
        }

        assertThat(code(check(1, template(USER)))).isEqualTo(131056);
        assertThat(check(1, template("16505550000"))).as("another user").isEqualTo(SendVerdict.goes());
    }

    @Test
    void anInboundMessageThroughOneReplicaOpensTheWindowForASendThroughTheOther() {
        assertThat(failure(check(1, text(USER)))).as("before the user wrote").isEqualTo(131047);

        fleet.session(0, "").messaging().inboundFrom(NUMBER, USER, 0);

        assertThat(check(1, text(USER))).isEqualTo(SendVerdict.goes());
        assertThat(failure(check(1, text("16505550000")))).as("a user who never wrote").isEqualTo(131047);
    }

    @Test
    void aResetThroughOneReplicaStartsTheCountersAndWindowsAfreshOnTheOther() {
        fleet.session(0, "").messaging().inboundFrom(NUMBER, USER, 0);
        for (int i = 0; i < 80; i++) {
            check(i % 2, template("1650555" + String.format("%04d", i)));
        }
        assertThat(code(check(1, template("16505559999")))).isEqualTo(130429);

        fleet.session(0, "").reset();

        assertThat(check(1, template("16505559999"))).isEqualTo(SendVerdict.goes());
        assertThat(failure(check(1, text(USER)))).as("the window went with the reset").isEqualTo(131047);
    }

    @Test
    void aReplicaJoiningLateReplaysTheSendsAndWindowsFromTheLog() {
        fleet.session(0, "").messaging().inboundFrom(NUMBER, USER, 0);
        for (int i = 0; i < 79; i++) {
            check(i % 2, template("1650555" + String.format("%04d", i)));
        }

        SessionState late = fleet.join().session("");

        assertThat(late.messaging().check(text(USER), 0)).as("the 80th, in the window").isEqualTo(SendVerdict.goes());
        assertThat(code(late.messaging().check(template("16505559999"), 0))).isEqualTo(130429);
        assertThat(code(check(0, template("16505559999")))).isEqualTo(130429);
    }

    private SendVerdict check(int replica, OutgoingMessage message) {
        return fleet.session(replica, "").messaging().check(message, 0);
    }

    private static OutgoingMessage template(String to) {
        return new OutgoingMessage(NUMBER, to, "template", JsonMapper.shared().readTree("{\"to\": \"" + to
                + "\", \"type\": \"template\", \"template\": {\"name\": \"hello_world\", \"language\": {\"code\": \"en_US\"}}}"));
    }

    private static OutgoingMessage text(String to) {
        return new OutgoingMessage(NUMBER, to, "text", JsonMapper.shared().readTree("{\"to\": \"" + to
                + "\", \"type\": \"text\", \"text\": {\"body\": \"hello\"}}"));
    }

    /** The code of a refusal at once. */
    private static Integer code(SendVerdict v) {
        return v.refusal() == null ? null : v.refusal().code();
    }

    /** The code of the failed status that follows an accepted send. */
    private static Integer failure(SendVerdict v) {
        assertThat(v.accepted()).as("accepted, with a message ID").isTrue();
        return v.failure() == null ? null : v.failure().code();
    }
}
