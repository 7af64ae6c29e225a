package dev.wamock.state.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.scenarios.engine.state.ScenarioCatalogue;
import dev.wamock.scenarios.engine.state.StateConfig;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replay without Redis: stream IDs as clock time, gaps in the log, epochs, own results. */
class ReplicaTest {
    private static final Scenario TWICE = Scenario.of("fail-twice", Step.error("server-error").times(2), Step.passThrough());
    private static final StateConfig CONFIG = new StateConfig(ScenarioCatalogue.of(List.of(TWICE)), "fail-twice", 10);
    private static final String EPOCH = "1700000000000000:abc";

    @Test
    void aStreamIdIsMillisecondsAndASequenceNumberInNanoseconds() {
        assertThat(LogEntry.nanosOf("1700000000123-0")).isEqualTo(1_700_000_000_123_000_000L);
        assertThat(LogEntry.nanosOf("5-7")).isEqualTo(5_000_007L);
        assertThat(LogEntry.nanosOf("5-999999")).isEqualTo(5_999_999L);
        assertThat(LogEntry.nanosOf("5-5000000")).as("capped below the next millisecond").isEqualTo(5_999_999L);
        assertThat(LogEntry.after("10-0", "9-5")).isTrue();
        assertThat(LogEntry.after("9-10", "9-9")).isTrue();
        assertThat(LogEntry.after("9-9", "9-9")).isFalse();
        assertThat(LogEntry.after("1-0", "")).isTrue();
        assertThat(LogEntry.after("", "1-0")).isFalse();
        assertThat(Replica.epochNanos(EPOCH)).isEqualTo(1_700_000_000_000_000_000L);
    }

    @Test
    void theClockReadsTheTimeOfTheChangeBeingAppliedSinceTheEpoch() {
        Replica a = new Replica("", CONFIG, "a");
        a.apply(a.cursor(), EPOCH, List.of(entry("1700000000500-0", 1, "clock", "op", "manual")));
        assertThat(a.clock().nanos()).isEqualTo(500_000_000L);
        a.apply(a.cursor(), EPOCH, List.of(entry("1700000001000-3", 2, "clock", "op", "advance", "v", "7")));
        assertThat(a.clock().nanos()).isEqualTo(500_000_007L);
    }

    @Test
    void twoReplicasApplyingTheSameLogDecideAlike() {
        List<LogEntry> log = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            log.add(request("1700000000" + (100 + i) + "-0", i, "a", i));
        }
        Replica a = new Replica("", CONFIG, "a");
        Replica b = new Replica("", CONFIG, "b");
        a.apply(a.cursor(), EPOCH, log);
        b.apply(b.cursor(), EPOCH, log.subList(0, 2));
        b.apply(b.cursor(), EPOCH, log);
        assertThat(b.scenarios().progress()).isEqualTo(a.scenarios().progress());
        assertThat(a.scenarios().progress().steps().get(0).answered()).isEqualTo(2);
    }

    @Test
    void aReplicaFindsTheResultOfItsOwnChangeAndOnlyItsOwn() {
        Replica a = new Replica("", CONFIG, "a");
        long mine = a.expect();
        a.apply(a.cursor(), EPOCH, List.of(request("1-0", 1, "b", mine), request("2-0", 2, "a", mine)));
        assertThat(a.result(mine)).isInstanceOf(dev.wamock.scenarios.engine.Decision.class);
        assertThat(a.scenarios().progress().steps().get(0).answered()).isEqualTo(2);
        a.forget(mine);
        assertThat(a.result(mine)).isSameAs(Replica.PENDING);
    }

    @Test
    void aGapInTheLogIsStateLostUntilAResetFollowsIt() {
        Replica a = new Replica("s1", CONFIG, "a");
        a.apply(a.cursor(), EPOCH, List.of(request("1-0", 1, "b", 1), request("2-0", 2, "b", 2)));
        assertThatThrownBy(() -> a.apply(a.cursor(), EPOCH, List.of(request("9-0", 5, "b", 3))))
                .isInstanceOf(StateUnavailableException.class).hasMessageContaining("expected change 3")
                .hasMessageContaining("POST /__wamock/reset").extracting(e -> ((StateUnavailableException) e).reason())
                .isEqualTo("state-lost");
        assertThatThrownBy(() -> a.apply(a.cursor(), EPOCH, List.of(request("10-0", 6, "b", 4))))
                .as("still lost: the gap is not healed by later changes").isInstanceOf(StateUnavailableException.class);

        a.apply(a.cursor(), EPOCH, List.of(entry("11-0", 7, "reset", "clock", "0"), request("12-0", 8, "b", 5)));
        assertThat(a.scenarios().progress().steps().get(0).answered()).isEqualTo(1);
    }

    @Test
    void aReplicaNewToALogWhoseStartIsGoneIsStateLostButOneStartingAtAResetIsNot() {
        Replica late = new Replica("", CONFIG, "c");
        assertThatThrownBy(() -> late.apply(late.cursor(), EPOCH, List.of(request("5-0", 40, "b", 1))))
                .isInstanceOf(StateUnavailableException.class).hasMessageContaining("expected change 1");
        Replica fresh = new Replica("", CONFIG, "d");
        fresh.apply(fresh.cursor(), EPOCH, List.of(entry("5-0", 40, "reset", "clock", "0"), request("6-0", 41, "b", 1)));
        assertThat(fresh.scenarios().progress().steps().get(0).answered()).isEqualTo(1);
    }

    @Test
    void aNewEpochStartsOverAndAReplyFromBeforeTheStateMovedIsLeftAlone() {
        Replica a = new Replica("", CONFIG, "a");
        a.apply(a.cursor(), EPOCH, List.of(request("1-0", 1, "b", 1)));
        Replica.Cursor before = a.cursor();
        a.apply(before, "1800000000000000:new", List.of(request("3-0", 1, "b", 2), request("4-0", 2, "b", 3)));
        assertThat(a.cursor().epoch()).isEqualTo("1800000000000000:new");
        assertThat(a.scenarios().progress().steps().get(0).answered()).isEqualTo(2);

        a.apply(before, EPOCH, List.of(request("2-0", 2, "b", 4)));
        assertThat(a.cursor()).isEqualTo(new Replica.Cursor("1800000000000000:new", "4-0"));
        assertThat(a.scenarios().progress().steps().get(0).answered()).isEqualTo(2);
    }

    @Test
    void sendsAndInboundMessagesReplayedInOnePieceOrChangeByChangeGetTheSameVerdicts() {
        String template = "{\"name\": \"hello_world\", \"language\": {\"code\": \"en_US\"}}";
        List<LogEntry> log = new ArrayList<>();
        log.add(entry("1700000000100-0", 1, "inbound", "num", "1065", "wa", "16505551234", "node", "a", "loc", "1"));
        for (int i = 0; i < 80; i++) { // 80 templates in the second from 0.2 s: the throughput limit's fill
            log.add(entry("1700000000200-" + i, 2 + i, "send", "num", "1065", "to", "1650555" + (1000 + i), "type",
                    "template", "tpl", template, "node", "a", "loc", Integer.toString(2 + i)));
        }
        log.add(send("1700000000300-0", 82, "16505551234", 82)); // 130429
        log.add(entry("1700000000400-0", 83, "later-kind", "x", "y", "node", "a", "loc", "83")); // a later version's
        log.add(send("1700000001300-0", 84, "16505551234", 84)); // goes: the second has passed, the window is open
        log.add(send("1700000001301-0", 85, "16505550000", 85)); // 131047 later: that user never wrote
        log.add(entry("1700000001400-0", 86, "reset", "clock", "1300000000"));
        log.add(send("1700000001500-0", 87, "16505551234", 87)); // 131047 later: the reset forgot the window
        Replica oneByOne = new Replica("", CONFIG, "a");
        Replica atOnce = new Replica("", CONFIG, "a");
        for (int loc = 1; loc <= 87; loc++) {
            oneByOne.expect();
            atOnce.expect();
        }

        for (LogEntry e : log) {
            oneByOne.apply(oneByOne.cursor(), EPOCH, List.of(e));
        }
        atOnce.apply(atOnce.cursor(), EPOCH, log);

        List<Object> verdicts = new ArrayList<>();
        for (long loc = 1; loc <= 87; loc++) {
            verdicts.add(atOnce.result(loc));
            assertThat(oneByOne.result(loc)).as("change %d", loc).isEqualTo(atOnce.result(loc));
        }
        assertThat(verdicts.subList(1, 81)).containsOnly(SendVerdict.goes());
        assertThat(((SendVerdict) verdicts.get(81)).refusal().code()).isEqualTo(130429);
        assertThat(verdicts.get(82)).as("a kind this version does not know").isSameAs(Replica.DONE);
        assertThat(verdicts.get(83)).isEqualTo(SendVerdict.goes());
        assertThat(((SendVerdict) verdicts.get(84)).failure().code()).isEqualTo(131047);
        assertThat(((SendVerdict) verdicts.get(86)).failure().code()).isEqualTo(131047);
    }

    @Test
    void everyBuiltInScenarioTravelsAsJsonUnchanged() {
        for (var b : dev.wamock.scenarios.BuiltInScenarios.all()) {
            assertThat(Codec.readScenario(Codec.write(b.scenario()))).as(b.name()).isEqualTo(b.scenario());
        }
    }

    private static LogEntry send(String id, long n, String to, long loc) {
        return entry(id, n, "send", "num", "1065", "to", to, "type", "text", "node", "a", "loc", Long.toString(loc));
    }

    private static LogEntry request(String id, long n, String node, long loc) {
        return entry(id, n, "req", "num", "1065", "ver", "v23.0", "node", node, "loc", Long.toString(loc));
    }

    private static LogEntry entry(String id, long n, String kind, String... fields) {
        Map<String, String> map = new HashMap<>();
        map.put("n", Long.toString(n));
        map.put("k", kind);
        for (int i = 0; i < fields.length; i += 2) {
            map.put(fields[i], fields[i + 1]);
        }
        return new LogEntry(id, n, kind, map);
    }
}
