package dev.wamock.server.neverlies;

import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, break 4: {@code ?access%5Ftoken=SECRET} was kept in full, because Jetty decodes the
 * parameter's name and the redaction matched the literal name. Tokens are now redacted by the decoded
 * name, and wherever else the token as sent shows up.
 */
class TokenRedactionBypassTest {
    private static final String SECRET = "fake-secret-token-wxyz4321";

    @Test
    void anEncodedParameterNameOrAnEchoOfTheTokenNeverKeepsItInFull(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("journal.jsonl");
        String journalJson;
        try (WamockServer server = WamockServer.builder().port(0).journalFile(file).start()) {
            Http http = Http.to(server);
            http.get("/v23.0/" + NUMBER + "?access%5Ftoken=" + SECRET);
            http.get("/v23.0/" + NUMBER + "?%61ccess_token=" + SECRET + "&fields=status");
            http.get("/v23.0/" + NUMBER + "/" + SECRET, "Authorization", "Bearer " + SECRET, "X-Echo", SECRET);
            http.get("/v23.0/" + NUMBER + "?fields=" + SECRET, "Authorization", "Bearer " + SECRET);

            JournalEntry first = server.journal().entries().get(0);
            assertThat(first.tokenSource()).isEqualTo(TokenSource.QUERY);
            assertThat(first.query()).isEqualTo("access%5Ftoken=…4321");
            journalJson = Mappers.JSON.writeValueAsString(server.journal()) + http.get("/__wamock/journal").body();
        }
        assertThat(journalJson).contains("…4321").doesNotContain(SECRET);
        assertThat(Files.readString(file)).contains("…4321").doesNotContain(SECRET);
    }
}
