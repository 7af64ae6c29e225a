package dev.wamock.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.EventStream;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may open the dashboard and its stream on a server with {@code --admin-token}: the page shell (no data in it)
 * for any same-origin browser on a known Host; the stream and every data call only with the token; nothing for a page
 * of another origin; and no more than the cap of streams at once.
 */
@Timeout(60)
class DashboardAccessTest {
    private static final String TOKEN = "fake-admin-token-1234";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final String STREAM = "/__wamock/journal/stream";

    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.with(b -> b.adminToken(TOKEN));

    @Test
    void thePageShellNeedsNoTokenButTheStreamAndTheDataDo() {
        Http http = SERVER.http();
        assertThat(http.get("/__wamock/ui").status()).isEqualTo(200);
        assertThat(http.get("/__wamock/ui/dashboard.js").status()).isEqualTo(200);

        try (EventStream refused = SERVER.http().events(STREAM)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body(WAIT)).contains("\"code\":190", "Authorization: Bearer <admin token>");
        }
        assertThat(http.get("/__wamock/rate-windows").status()).isEqualTo(401);
        assertThat(http.get("/__wamock/journal").status()).isEqualTo(401);
        try (EventStream wrong = SERVER.http().events(STREAM, "Authorization", "Bearer fake-wrong-token")) {
            assertThat(wrong.status()).isEqualTo(401);
        }

        try (EventStream allowed = SERVER.http().events(STREAM, "Authorization", "Bearer " + TOKEN)) {
            assertThat(allowed.status()).isEqualTo(200);
            http.number("");
            assertThat(allowed.next("entry", WAIT).json().path("method").asString()).isEqualTo("GET");
        }
    }

    @Test
    void aPageOfAnotherOriginGetsNoStreamEvenWithTheToken() {
        Reply reply = RawHttp.send(SERVER.port(), "GET", "/__wamock/journal/stream", "Origin: https://evil.example",
                "Authorization: Bearer " + TOKEN);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("error").path("message").asString()).contains("another origin");
    }

    @Test
    void aRebindingHostGetsNeitherThePageNorTheStream() {
        for (String path : List.of("/__wamock/ui", "/__wamock/journal/stream")) {
            Reply reply = RawHttp.send(SERVER.port(), "GET", path, "Host: rebound.example", "Authorization: Bearer " + TOKEN);
            assertThat(reply.status()).as(path).isEqualTo(403);
        }
    }

    @Test
    void thePagesOwnOriginGetsTheStream() {
        try (EventStream own = SERVER.http().events(STREAM, "Origin", SERVER.baseUrl(), "Authorization", "Bearer " + TOKEN)) {
            assertThat(own.status()).isEqualTo(200);
        }
    }

    @Test
    void beyondTheCapOfOpenStreamsAStreamIsRefusedWithAGraphShaped503() {
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                open.add(SERVER.http().events(STREAM, "Authorization", "Bearer " + TOKEN));
                assertThat(open.get(i).status()).isEqualTo(200);
            }

            try (EventStream fifth = SERVER.http().events(STREAM, "Authorization", "Bearer " + TOKEN)) {
                assertThat(fifth.status()).isEqualTo(503);
                assertThat(fifth.header("Retry-After")).isEqualTo("5");
                assertThat(fifth.body(WAIT)).contains("at most 4 journal streams", "\"is_transient\":true");
            }
        } finally {
            open.forEach(EventStream::close);
        }
        int status = 0;
        for (int attempt = 0; attempt < 5 && status != 200; attempt++) { // as a client told Retry-After would
            try (EventStream again = SERVER.http().events(STREAM, "Authorization", "Bearer " + TOKEN)) {
                status = again.status();
            }
        }
        assertThat(status).as("a place is free again once a client left").isEqualTo(200);
    }
}
