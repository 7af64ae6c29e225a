package dev.wamock.state.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.engine.state.JournalStore;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.state.redis.testing.RedisProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions on a fleet: each parallel test's story and journal are its own, on every replica. */
class FleetSessionsTest {
    private static RedisProcess redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisProcess.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @Test
    void fiftySessionsInParallelEachSeeTheirOwnTwoFailuresAndOnlyTheirOwnJournal() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), 3)) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<String>> stories = new ArrayList<>();
            for (int s = 0; s < 50; s++) {
                String id = "test-" + s;
                int first = s;
                stories.add(pool.submit(() -> {
                    fleet.session(first, id).use(Fleet.TWICE);
                    StringBuilder story = new StringBuilder();
                    for (int i = 0; i < 6; i++) {
                        SessionState replica = fleet.session(first + i, id);
                        boolean failed = Fleet.failed(replica.decide(null, Fleet.REQUEST));
                        story.append(failed ? 'F' : '.');
                        JournalStore journal = replica.journal();
                        journal.record(journal.arrive(), FleetJournalTest.entry("/" + id + "/" + i));
                    }
                    return story.toString();
                }));
            }
            for (Future<String> story : stories) {
                assertThat(story.get()).isEqualTo("FF....");
            }
            pool.shutdown();
            for (int s = 0; s < 50; s++) {
                String id = "test-" + s;
                Journal j = FleetJournalTest.await(fleet.session(s + 1, id).journal(), 6);
                assertThat(j.total()).isEqualTo(6);
                assertThat(j.entries()).extracting(JournalEntry::path).allMatch(p -> p.startsWith("/" + id + "/"));
            }
            List<String> ids = new ArrayList<>();
            for (int s = 0; s < 50; s++) {
                ids.add("test-" + s);
            }
            assertThat(fleet.replica(2).sessions()).startsWith("").containsAll(ids).doesNotHaveDuplicates();
        }
    }

    @Test
    void aDroppedSessionStartsOverOnEveryReplicaAndLeavesTheList() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), 2)) {
            fleet.session(0, "to-drop").use(Fleet.TWICE);
            fleet.session(1, "to-drop").decide(null, Fleet.REQUEST);
            JournalStore journal = fleet.session(1, "to-drop").journal();
            journal.record(journal.arrive(), FleetJournalTest.entry("/x"));
            FleetJournalTest.await(journal, 1);
            assertThat(fleet.replica(1).sessions()).contains("to-drop");

            fleet.replica(0).drop("to-drop");
            assertThat(fleet.replica(1).sessions()).doesNotContain("to-drop");
            assertThat(fleet.session(1, "to-drop").progress()).isNull();
            assertThat(fleet.session(1, "to-drop").journal().snapshot().total()).isZero();
            assertThat(fleet.session(1, "to-drop").decide(null, Fleet.REQUEST)).isNull();
            assertThat(fleet.replica(0).sessions()).contains("to-drop");
        }
    }

    @Test
    void aSessionExistsFromItsFirstUseAndItsClockRunsOnFromThereWithoutAJumpBack() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), 2)) {
            SessionState session = fleet.session(0, "first-use");
            assertThat(fleet.replica(1).sessions()).contains("first-use");
            Thread.sleep(30); // the first request reads the clock before its decision makes any change
            long first = session.clock().nanos();
            session.decide(null, Fleet.REQUEST);
            assertThat(session.clock().nanos()).isGreaterThanOrEqualTo(first);
            assertThat(fleet.session(1, "first-use").clock().nanos()).isGreaterThanOrEqualTo(first);
        }
    }

    @Test
    void aSessionIdThatBreaksTheRuleIsRefusedWithTheRule() {
        try (Fleet fleet = new Fleet(redis.uri(), 1)) {
            assertThatThrownBy(() -> fleet.replica(0).session("a b")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1 to 64 letters");
        }
    }

    @Test
    void aSessionNamedDefaultIsNotTheDefaultSession() {
        try (Fleet fleet = new Fleet(redis.uri(), 1)) {
            fleet.session(0, "default").use(Fleet.TWICE);
            fleet.replica(0).drop("");
            assertThat(fleet.session(0, "").progress()).isNull();
            assertThat(fleet.session(0, "default").progress().name()).isEqualTo("fail-twice");
        }
    }
}
