package dev.wamock.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.server.WamockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the example of docs/journal.md, and fails when the page shows a code line that is not in this file. */
class JournalDocsExamplesTest {
    private static final Path PAGE = Path.of(System.getProperty("basedir", ".")).resolve("../docs/journal.md");

    @Test
    void marksAwaitAndClearJournal() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v23.0/106540352242922"))
                    .header("Authorization", "Bearer fake-token-1234").build();
            client.send(request, BodyHandlers.ofString()); // the first call

            Journal.Mark mark = server.journal().mark();
            client.sendAsync(request, BodyHandlers.ofString()); // the second call, not awaited by the client
            Journal second = server.journal().since(mark).await(1, Duration.ofSeconds(5));

            assertThat(second.entries()).hasSize(1);
            JournalEntry entry = second.entries().get(0);
            assertThat(entry.outcome()).isEqualTo(Outcome.RESPONSE);
            assertThat(entry.responseHeader("X-FB-TRACE-ID")).isNotBlank();
            assertThat(entry.responseBody()).contains("\"status\":\"CONNECTED\"");
            server.clearJournal(); // the scenario and its counts stay; the journal starts again at #1
            assertThat(server.journal().total()).isZero();
        }
    }

    @Test
    void theJournalAsAnHtmlPage() throws Exception {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v23.0/106540352242922"))
                    .header("Authorization", "Bearer fake-token-1234").build(), BodyHandlers.discarding());
            Files.writeString(Path.of("target/journal.html"), server.journal().toHtml());
        }
        assertThat(Files.readString(Path.of("target/journal.html"))).startsWith("<!DOCTYPE html>")
                .contains("<tr data-seq=\"1\"", "WamockTimeline.render(");
    }

    @Test
    void everyCodeLineOfThePageIsInThisFile() throws Exception {
        String source = Files.readString(Path.of(System.getProperty("basedir", "."))
                .resolve("src/test/java/dev/wamock/server/docs/JournalDocsExamplesTest.java"));
        List<String> code = codeLines(Files.readAllLines(PAGE));
        assertThat(code).as("the page has Java code").isNotEmpty();
        assertThat(code).allSatisfy(line -> assertThat(source).as("docs/journal.md line").contains(line));
    }

    private static List<String> codeLines(List<String> page) {
        List<String> code = new java.util.ArrayList<>();
        boolean java = false;
        for (String line : page) {
            if (line.strip().startsWith("```")) {
                java = !java && line.strip().equals("```java");
            } else if (java && !line.isBlank()) {
                code.add(line.strip());
            }
        }
        return code;
    }
}
