package dev.wamock.server.neverlies;

import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, break 1: {@code ?fields=id%00} (or {@code %01}) made every later journal read fail with a
 * 500 until a reset, because the packed journal used NUL and SOH as markers inside decoded text.
 */
class OneRequestPoisonsTheJournalTest {

    @Test
    void fieldsWithNulAndSohRoundTripAndTheJournalStaysReadable() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            Http http = Http.to(server);
            http.get("/v23.0/" + NUMBER + "?fields=id%00", "Authorization", "Bearer fake-token-1234");
            http.get("/v23.0/" + NUMBER + "?fields=id%01,status", "Authorization", "Bearer fake-token-1234");
            http.get("/v23.0/" + NUMBER + "?x=%01&fields=id", "Authorization", "Bearer fake-token-1234");
            http.number("");

            Journal journal = server.journal();

            assertThat(journal.entries()).hasSize(4);
            assertThat(journal.entries().get(0).fields()).containsExactly("id\0");
            assertThat(journal.entries().get(1).fields()).containsExactly("id\1", "status");
            assertThat(journal.entries().get(2).query()).isEqualTo("x=%01&fields=id");
            assertThat(journal.entries().get(3).status()).isEqualTo(200);
            var admin = http.get("/__wamock/journal");
            assertThat(admin.status()).isEqualTo(200);
            Journal overHttp = Mappers.JSON.readValue(admin.body(), Journal.class);
            assertThat(overHttp.entries()).extracting(JournalEntry::fields)
                    .containsExactlyElementsOf(journal.entries().stream().map(JournalEntry::fields).toList());
        }
    }
}
