package dev.wamock.state.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Effect;
import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.scenarios.WamockFailure;
import dev.wamock.scenarios.engine.state.JournalStore;
import dev.wamock.state.redis.testing.RedisProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The journal of a session is one Stream: every replica reads the whole fleet's entries, numbered as they landed. */
class FleetJournalTest {
    private static RedisProcess redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisProcess.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    static JournalEntry entry(String path) {
        return JournalEntry.builder().receivedAt(Instant.parse("2025-01-02T03:04:05.123456789Z")).method("GET")
                .path(path).status(200).build();
    }

    static Journal await(JournalStore journal, long total) throws InterruptedException {
        return journal.awaitUntil(j -> j.total() >= total, Duration.ofSeconds(20));
    }

    @Test
    void entriesRecordedThroughThreeReplicasAreInEveryReplicasJournalOnceNumberedOneToN() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), 3)) {
            for (int i = 1; i <= 30; i++) {
                JournalStore journal = fleet.session(i, "j1").journal();
                journal.record(journal.arrive(), entry("/v23.0/" + i));
            }
            for (int r = 0; r < 3; r++) {
                Journal j = await(fleet.session(r, "j1").journal(), 30);
                assertThat(j.total()).isEqualTo(30);
                assertThat(j.dropped()).isZero();
                assertThat(j.entries()).extracting(JournalEntry::seq).containsExactlyElementsOf(range(1, 30));
                assertThat(j.entries()).extracting(JournalEntry::path).doesNotHaveDuplicates().hasSize(30);
            }
            Journal fromOne = fleet.session(0, "j1").journal().snapshot();
            assertThat(fleet.session(1, "j1").journal().snapshot().entries()).isEqualTo(fromOne.entries());
        }
    }

    @Test
    void aReplicaReadsItsOwnEntryRightAfterRecordingIt() {
        try (Fleet fleet = new Fleet(redis.uri(), 1)) {
            JournalStore journal = fleet.session(0, "j2").journal();
            for (int i = 1; i <= 20; i++) {
                journal.record(journal.arrive(), entry("/v23.0/" + i));
                assertThat(journal.view().total()).isEqualTo(i);
            }
        }
    }

    @Test
    void entriesPastTheCapacityAreDroppedAndCounted() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), Fleet.config(null, 10), 2)) {
            for (int i = 1; i <= 25; i++) {
                JournalStore journal = fleet.session(i, "j3").journal();
                journal.record(journal.arrive(), entry("/v23.0/" + i));
            }
            Journal j = await(fleet.session(0, "j3").journal(), 25);
            assertThat(j.total()).isEqualTo(25);
            assertThat(j.dropped()).isEqualTo(15);
            assertThat(j.entries()).extracting(JournalEntry::seq).containsExactlyElementsOf(range(16, 25));

            List<Long> visited = new ArrayList<>();
            long next = fleet.session(1, "j3").journal().view().forEach(17, 3, e -> e.seq() % 2 == 0, e -> visited.add(e.seq()));
            assertThat(visited).containsExactly(18L, 20L, 22L);
            assertThat(next).isEqualTo(22);
            assertThat(fleet.session(1, "j3").journal().view().forEach(21, 5, e -> true, e -> { })).isZero();
        }
    }

    @Test
    void aViewLooksUpOneKeptEntryBySequenceNumber() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), Fleet.config(null, 10), 1)) {
            JournalStore journal = fleet.session(0, "j6").journal();
            for (int i = 1; i <= 12; i++) {
                journal.record(journal.arrive(), entry("/v23.0/" + i));
            }
            await(journal, 12);
            JournalStore.View view = journal.view();

            assertThat(view.entry(7).path()).isEqualTo("/v23.0/7");
            assertThat(view.entry(7).seq()).isEqualTo(7);
            assertThat(view.entry(2)).as("fallen off").isNull();
            assertThat(view.entry(13)).as("not received").isNull();
        }
    }

    @Test
    void oddCharactersAndEveryFieldComeBackExactly() throws Exception {
        String odd = "%00 %01 \u0000 \u0001 😀 \uFFFF \uD800 é \"quoted\" \\ \n";
        JournalEntry sent = JournalEntry.builder().receivedAt(Instant.parse("2025-01-02T03:04:05.123456789Z"))
                .receivedNanos(123).answeredNanos(456).clockNanos(789).method("GET").path("/v23.0/" + odd)
                .query("fields=" + odd).headers(Map.of("X-Odd", odd)).token("…1234").tokenSource(TokenSource.values()[0])
                .version("v23.0").numberId("1065").fields(List.of("id", odd)).profile(Profile.values()[0])
                .scenario("fail-twice").step(0).stepLabel(odd).stepDescription("error").status(500).code(2).subcode(7)
                .isTransient(true).latencyMicros(42).outcome(Outcome.RESPONSE).responseHeaders(Map.of("x-odd", odd))
                .responseBody("{\"error\":\"" + odd + "\"}").effects(List.of(Effect.delay(Duration.ofMillis(5)),
                        Effect.fault(Fault.RESET)))
                .failure(WamockFailure.of(new IllegalStateException(odd))).build();
        try (Fleet fleet = new Fleet(redis.uri(), 2)) {
            JournalStore journal = fleet.session(0, "j4").journal();
            journal.record(journal.arrive(), sent);
            JournalEntry back = await(fleet.session(1, "j4").journal(), 1).entries().get(0);
            assertThat(back.seq()).isEqualTo(1);
            assertThat(back.toBuilder().seq(0).build()).isEqualTo(sent);
        }
    }

    @Test
    void clearingEmptiesTheJournalOfEveryReplicaAndNumbersFromOneAgain() throws Exception {
        try (Fleet fleet = new Fleet(redis.uri(), 2)) {
            JournalStore a = fleet.session(0, "j5").journal();
            a.record(a.arrive(), entry("/before"));
            await(a, 1);
            fleet.session(1, "j5").journal().clear();
            assertThat(a.snapshot().total()).isZero();
            a.record(a.arrive(), entry("/after"));
            Journal j = await(fleet.session(1, "j5").journal(), 1);
            assertThat(j.entries()).extracting(JournalEntry::seq, JournalEntry::path)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "/after"));
        }
    }

    private static List<Long> range(long from, long to) {
        List<Long> all = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            all.add(i);
        }
        return all;
    }
}
