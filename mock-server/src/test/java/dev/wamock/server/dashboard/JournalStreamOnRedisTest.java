package dev.wamock.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.EventStream;
import dev.wamock.server.testing.Http;
import dev.wamock.state.redis.testing.RedisProcess;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The live stream of a server whose journal is in Redis (a redis-server of the test's own on a free port). */
@Timeout(60)
class JournalStreamOnRedisTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void entriesArriveAClearIsAnnouncedAndAReconnectResumesOnASharedJournal() throws Exception {
        try (RedisProcess redis = RedisProcess.start();
                WamockServer server = WamockServer.builder().port(0).state(redis.uri()).start()) {
            Http http = Http.to(server);
            String url = "/__wamock/journal/stream";
            try (EventStream events = http.events(url)) {
                http.number("");
                http.number("?fields=id");
                assertThat(events.next("entry", WAIT).id()).isEqualTo("1");
                assertThat(events.next("entry", WAIT).json().path("query").asString()).isEqualTo("fields=id");

                server.clearJournal();
                http.number("?fields=status");

                assertThat(events.next(WAIT).event()).isEqualTo("cleared");
                assertThat(events.next("entry", WAIT).json().path("query").asString()).isEqualTo("fields=status");
            }
            http.number("?fields=verified_name");
            try (EventStream resumed = http.events(url, "Last-Event-ID", "1")) {
                assertThat(resumed.next("entry", WAIT).json().path("query").asString()).isEqualTo("fields=verified_name");
            }
        }
    }
}
