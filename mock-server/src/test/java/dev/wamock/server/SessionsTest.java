package dev.wamock.server;

import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many tests on one server: each session has its own scenario, counts, clock and journal, named by a base URL
 * ({@code /sessions/<id>}), the {@code X-Wamock-Session} header or the {@code session} parameter.
 */
@Timeout(60)
class SessionsTest {
    private static final String TRANSIENT = "{\"name\": \"transient-then-ok\"}";
    private static final String LIMIT_2 = "{\"name\": \"limited\", \"steps\": [{\"rateLimit\": {\"app\": 2,"
            + " \"window\": \"1h\"}}]}";
    private final WamockServer server = WamockServer.start();
    private final Http http = Http.to(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fiftyParallelSessionsEachSeeExactlyTheirOwnStory() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<String>> stories = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String id = "test-" + i;
                stories.add(pool.submit(() -> story(id)));
            }
            for (Future<String> story : stories) {
                assertThat(story.get()).isEqualTo("500 500 200 | 200 200 429");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.journal().total()).as("the default session saw none of it").isZero();
        assertThat(server.progress()).isNull();
    }

    /** One test's story in its own session: transient-then-ok by header, then a 2-call window by base URL. */
    private String story(String id) {
        Http session = Http.to(server.baseUrl() + "/sessions/" + id);
        assertThat(http.send("PUT", "/__wamock/scenario", TRANSIENT, "X-Wamock-Session", id).status()).isEqualTo(200);
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            seen.append(http.get("/v23.0/" + NUMBER, "Authorization", "Bearer fake-" + id, "X-Wamock-Session", id)
                    .status()).append(i < 2 ? " " : " | ");
        }
        assertThat(http.send("PUT", "/__wamock/scenario?session=" + id, LIMIT_2).status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            seen.append(session.number("").status()).append(i < 2 ? " " : "");
        }
        WamockControl control = server.session(id);
        List<JournalEntry> entries = control.journal().entries();
        assertThat(entries).extracting(JournalEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(entries).extracting(JournalEntry::path).containsOnly("/v23.0/" + NUMBER);
        assertThat(entries.subList(0, 3)).allSatisfy(e -> assertThat(e.header("X-Wamock-Session")).isEqualTo(id));
        return seen.toString();
    }

    @Test
    void aSessionsControlActsOnItsSessionOnlyAndItsBaseUrlNamesIt() {
        WamockControl a = server.session("a");
        a.use("http-500");
        a.clock().manual();

        assertThat(a.baseUrl()).isEqualTo(server.baseUrl() + "/sessions/a");
        assertThat(Http.to(a).number("").status()).isEqualTo(500);
        assertThat(http.number("").status()).isEqualTo(200);
        assertThat(ServerClock.of(server).isManual()).isFalse();
        assertThat(http.get("/__wamock/clock?session=a").json().path("mode").asString()).isEqualTo("manual");
        assertThat(a.journal().entries()).extracting(JournalEntry::status).containsExactly(500);
        assertThat(server.journal().entries()).extracting(JournalEntry::status).containsExactly(200);
    }

    @Test
    void sessionsAreListedAndADroppedOneStartsOver() {
        server.session("b").use("http-500");
        Http.to(server.baseUrl() + "/sessions/c").number("");

        assertThat(http.get("/__wamock/sessions").json().path("sessions").toString()).isEqualTo("[\"\",\"b\",\"c\"]");
        assertThat(http.send("DELETE", "/__wamock/session?session=b", null, "X-Wamock-Admin", "1").status()).isEqualTo(200);

        assertThat(http.get("/__wamock/sessions").json().path("sessions").toString()).isEqualTo("[\"\",\"c\"]");
        assertThat(server.session("b").progress()).as("a dropped session starts over").isNull();
    }

    @Test
    void aSessionIdThatBreaksTheRuleIsAGraphErrorAndStillJournaled() {
        Reply reply = http.get("/v23.0/" + NUMBER, "Authorization", "Bearer fake-token", "X-Wamock-Session", "no spaces!");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().path("message").asString())
                .contains("1 to 64 letters, digits", "'no spaces!'", "X-Wamock-Session");
        assertThat(server.journal().entries()).extracting(JournalEntry::status).containsExactly(400);
    }

    @Test
    void pastTheSessionLimitARequestGetsA503ThatSaysWhyAndTheJournalShowsAWamockError() {
        try (WamockServer small = WamockServer.builder().journalCapacity(1).start()) {
            for (int i = 1; i < dev.wamock.server.internal.state.MemoryStateStore.MAX_SESSIONS; i++) {
                small.session("s" + i);
            }
            Http client = Http.to(small);

            Reply reply = client.get("/v23.0/" + NUMBER, "Authorization", "Bearer fake-token", "X-Wamock-Session", "one-more");

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.header("X-Wamock-State")).isEqualTo("session-limit");
            assertThat(reply.error().path("message").asString()).contains("1000 sessions", "DELETE /__wamock/session");
            assertThat(reply.error().path("is_transient").asBoolean()).isTrue();
            assertThat(small.journal().entries()).singleElement()
                    .satisfies(e -> assertThat(e.outcome()).isEqualTo(dev.wamock.scenarios.Outcome.WAMOCK_ERROR));
        }
    }

    @Test
    void anIdOfDotsAloneIsRefusedBecauseABrowserWouldResolveItOutOfTheBaseUrl() {
        Reply reply = http.get("/v23.0/" + NUMBER, "Authorization", "Bearer fake-token", "X-Wamock-Session", "..");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().path("message").asString()).contains("not dots alone", "'..'");
        assertThat(server.session("a.b").baseUrl()).endsWith("/sessions/a.b");
    }
}
