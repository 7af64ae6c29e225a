package dev.wamock.server;

import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /__wamock/journal} streamed and paged: a full read is the snapshot's own JSON, and
 * {@code limit} with {@code since=<next>} walks the journal page by page.
 */
@Timeout(60)
class JournalPagingTest {
    private WamockServer server;
    private Http http;

    @BeforeEach
    void tenRequests() {
        server = WamockServer.builder().port(0).start();
        http = Http.to(server);
        for (int i = 1; i <= 10; i++) {
            http.get(i % 3 == 0 ? "/v23.0/999000111" : "/v23.0/" + NUMBER, "Authorization", "Bearer fake-token-1234");
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFullReadIsTheSnapshotsJsonByteForByte() {
        Reply reply = http.get("/__wamock/journal");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).as("as every admin answer")
                .isEqualTo(http.get("/__wamock/clock").header("Content-Type"));
        assertThat(reply.body()).isEqualTo(Mappers.JSON.writeValueAsString(server.journal()));
        assertThat(Mappers.JSON.readValue(reply.body(), Journal.class)).isEqualTo(server.journal());
    }

    @Test
    void limitReadsTheOldestEntriesAndNextSaysWhereToGoOn() {
        assertThat(seqs("limit=3")).containsExactly(1L, 2L, 3L);
        assertThat(page("limit=3").path("next").asLong()).isEqualTo(3);
        assertThat(seqs("since=3&limit=3")).containsExactly(4L, 5L, 6L);
        assertThat(page("since=3&limit=3").path("next").asLong()).isEqualTo(6);
        assertThat(page("limit=3").path("total").asLong()).as("total counts every request, not the page").isEqualTo(10);
        assertThat(page("limit=3").path("dropped").asLong()).isZero();
    }

    @Test
    void thereIsNoNextWhenThePageReachesTheEnd() {
        assertThat(page("limit=9").path("next").asLong()).isEqualTo(9);
        assertThat(seqs("limit=10")).hasSize(10);
        assertThat(page("limit=10").has("next")).as("exactly the last entry read").isFalse();
        assertThat(page("limit=11").has("next")).isFalse();
        assertThat(seqs("since=9&limit=3")).containsExactly(10L);
        assertThat(page("since=9&limit=3").has("next")).isFalse();
        assertThat(seqs("since=10&limit=3")).isEmpty();
        assertThat(seqs("since=99999999999")).as("a since past the end, beyond an int").isEmpty();
    }

    @Test
    void limitCountsOnlyTheEntriesTheFiltersKeep() {
        assertThat(seqs("status=404&limit=2")).containsExactly(3L, 6L);
        assertThat(page("status=404&limit=2").path("next").asLong()).isEqualTo(6);
        assertThat(seqs("status=404&since=6&limit=2")).containsExactly(9L);
        assertThat(page("status=404&since=6&limit=2").has("next")).isFalse();
        assertThat(seqs("number=" + NUMBER + "&limit=3")).containsExactly(1L, 2L, 4L);
    }

    @Test
    void pagesFollowedByNextAddUpToTheWholeJournal() {
        List<JournalEntry> walked = new ArrayList<>();
        String query = "limit=4";
        for (int pages = 0; query != null && pages < 10; pages++) {
            Reply reply = http.get("/__wamock/journal?" + query);
            walked.addAll(Mappers.JSON.readValue(reply.body(), Journal.class).entries());
            JsonNode next = reply.json().path("next");
            query = next.isMissingNode() ? null : "limit=4&since=" + next.asLong();
        }

        assertThat(walked).isEqualTo(server.journal().entries());
    }

    @Test
    void aLimitThatIsNotAPositiveWholeNumberIsABadRequestThatSaysSo() {
        for (String bad : List.of("0", "-1")) {
            Reply reply = http.get("/__wamock/journal?limit=" + bad);
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.error().path("message").asString())
                    .isEqualTo("wamock admin: limit must be at least 1 but was " + bad + "; leave it out to read every entry");
        }
        Reply words = http.get("/__wamock/journal?limit=ten");
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.error().path("message").asString()).isEqualTo("wamock admin: limit must be a whole number but was 'ten'");
    }

    private JsonNode page(String query) {
        Reply reply = http.get("/__wamock/journal?" + query);
        assertThat(reply.status()).as("%s: %s", query, reply).isEqualTo(200);
        return reply.json();
    }

    private List<Long> seqs(String query) {
        List<Long> seqs = new ArrayList<>();
        page(query).path("entries").forEach(e -> seqs.add(e.path("seq").asLong()));
        return seqs;
    }
}
