package dev.wamock.server.internal.messages;

import static dev.wamock.server.internal.messages.Sends.PATH;
import static dev.wamock.server.internal.messages.Sends.TEXT;
import static dev.wamock.server.internal.messages.Sends.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A send is journaled like an endpoint request, with its body: redacted, bounded, in the ring and the file. */
@Timeout(60)
class MessagesJournalTest {
    private static final String SECRET = "fake-secret-token-abcd9876";

    @TempDir
    Path dir;

    @Test
    void aSendsEntryCarriesItsBodyInTheRingAndTheFileAndTheEndpointsEntryHasNone() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        try (WamockServer server = WamockServer.builder().port(0).journalFile(file).start()) {
            Http http = Http.to(server);
            http.number();
            send(http, TEXT);

            List<JournalEntry> entries = server.journal().await(2, Duration.ofSeconds(5)).entries();

            assertThat(entries.get(0).requestBody()).isNull();
            JournalEntry sent = entries.get(1);
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.path()).isEqualTo(PATH);
            assertThat(sent.status()).isEqualTo(200);
            assertThat(sent.numberId()).isEqualTo(Http.NUMBER);
            assertThat(sent.requestBody()).isEqualTo(TEXT);
            assertThat(sent.responseBody()).contains("wamid.");
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).doesNotContain("requestBody");
        assertThat(lines.get(1)).contains("\"requestBody\":").contains("hello");
    }

    @Test
    void theTokenIsRedactedInTheBodyAndALongBodyIsCutAt64KiB() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            Http http = Http.to(server);
            String echoed = TEXT.replace("hello", "my token is " + SECRET);
            http.send("POST", PATH, echoed, "Content-Type", "application/json", "Authorization", "Bearer " + SECRET);
            String longText = "x".repeat(70_000);
            send(http, TEXT.replace("hello", longText));

            List<JournalEntry> entries = server.journal().await(2, Duration.ofSeconds(5)).entries();

            assertThat(entries.get(0).requestBody()).doesNotContain(SECRET).contains("my token is …9876");
            assertThat(entries.get(1).requestBody()).hasSizeLessThan(65_536 + 40)
                    .endsWith("…[" + (TEXT.length() - "hello".length() + longText.length() - 65_536) + " more characters]");
        }
    }

    @Test
    void aSendRefusedForItsTokenIsJournaledWithItsBody() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            Http.to(server).send("POST", PATH, TEXT, "Content-Type", "application/json");

            JournalEntry entry = server.journal().await(1, Duration.ofSeconds(5)).entries().get(0);

            assertThat(entry.status()).isEqualTo(401);
            assertThat(entry.requestBody()).isEqualTo(TEXT);
        }
    }

    @Test
    void anInvalidSendIsJournaledWithItsBodyAndItsError() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            send(Http.to(server), "{\"to\": 7}");

            JournalEntry entry = server.journal().await(1, Duration.ofSeconds(5)).entries().get(0);

            assertThat(entry.status()).isEqualTo(400);
            assertThat(entry.code()).isEqualTo(100);
            assertThat(entry.requestBody()).isEqualTo("{\"to\": 7}");
        }
    }
}
