package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.cli.WamockCommand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --messaging-limits FILE} and {@code WAMOCK_MESSAGING_LIMITS}: the server the command line would start obeys
 * the file over HTTP (on a manual clock), and a bad file or a misuse is one line on stderr, as for the other files.
 */
@Timeout(30)
class CliMessagingLimitsTest {
    private static final String NUMBER = "106540352242922";
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void theFlagsFileOfThreeMessagesASecondRefusesTheFourthSendWith130429UntilTheClockMoves() throws Exception {
        Path file = limits("{\"messagesPerSecond\": 3}");

        assertThreePerSecond(WamockCommand.options(Map.of(), "--port", "0", "--messaging-limits", file.toString()));
    }

    @Test
    void theVariableDoesWhatTheFlagDoes() throws Exception {
        Path file = limits("{\"messagesPerSecond\": 3}");

        assertThreePerSecond(WamockCommand.options(Map.of("WAMOCK_MESSAGING_LIMITS", file.toString()), "--port", "0"));
    }

    @Test
    void aFileThatIsNotJsonExitsWithOneNamingFileAndLine() throws IOException {
        Path file = limits("{\n  \"messagesPerSecond\": 3,\n  \"pairBurst\" 4\n}\n");

        Run run = start(file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: " + file + ":3:15: ").contains("expecting a colon");
    }

    @Test
    void anUnknownFieldExitsWithOneNamingFileLineAndFieldAndTheClosestKey() throws IOException {
        Path file = limits("{\n  \"messagesPerSecond\": 3,\n  \"perSecond\": 4\n}\n");

        Run run = start(file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: " + file + ":3:3: field 'perSecond': unknown field 'perSecond'")
                .contains("did you mean 'messagesPerSecond'?");
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ");
    }

    @Test
    void aValueOfTheWrongTypeExitsWithOneNamingFileLineAndField() throws IOException {
        Path file = limits("{\n  \"pairBurst\": 4,\n  \"messagesPerSecond\": \"fast\"\n}\n");

        Run run = start(file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: " + file + ":3:").contains("field 'messagesPerSecond'").contains("\"fast\"");
    }

    @Test
    void aValueOutOfRangeOrADurationThatIsNoneNamesItsFieldAndLineToo() throws IOException {
        Run zero = start(limits("{\n  \"pairBurst\": 4,\n  \"messagesPerSecond\": 0\n}\n"));
        Run soon = start(limits("{\n  \"pairInterval\": \"soon\"\n}\n"));

        assertThat(zero.errLines()).singleElement().asString().contains(".json:3:3: field 'messagesPerSecond':")
                .endsWith("messagesPerSecond must be at least 1 but was 0");
        assertThat(soon.errLines()).singleElement().asString().contains(".json:2:3: field 'pairInterval':")
                .contains("must be a duration such as", "but was 'soon'");
    }

    @Test
    void aMissingFileExitsWithOneSayingItCannotBeRead() {
        Path missing = dir.resolve("nowhere.json");

        Run run = start(missing);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("wamock: cannot read " + missing + ": ");
    }

    @Test
    void theFlagWithoutAFileIsAMisuse() {
        Run run = run(() -> WamockCommand.execute("--port", "0", "--messaging-limits"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("wamock: ").contains("--messaging-limits");
        assertThat(run.errLines().get(1)).startsWith("usage: ").contains("[--messaging-limits FILE]");
    }

    private void assertThreePerSecond(ServerOptions options) throws Exception {
        try (WamockServer server = WamockServer.builder().options(options).start()) {
            server.clock().manual();
            for (int i = 1; i <= 3; i++) {
                HttpResponse<String> ok = send(server, "1650555000" + i);
                assertThat(ok.statusCode()).as("send %d: %s", i, ok.body()).isEqualTo(200);
            }

            HttpResponse<String> fourth = send(server, "16505550004");
            server.clock().advance(Duration.ofSeconds(1));
            HttpResponse<String> nextSecond = send(server, "16505550004");

            assertThat(fourth.statusCode()).as(fourth.body()).isEqualTo(400);
            assertThat(JsonMapper.shared().readTree(fourth.body()).path("error").path("code").asInt())
                    .as(fourth.body()).isEqualTo(130429);
            assertThat(nextSecond.statusCode()).as(nextSecond.body()).isEqualTo(200);
        }
    }

    private HttpResponse<String> send(WamockServer server, String to) throws Exception {
        String template = "{\"messaging_product\": \"whatsapp\", \"to\": \"" + to + "\", \"type\": \"template\","
                + " \"template\": {\"name\": \"hello_world\", \"language\": {\"code\": \"en_US\"}}}";
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v23.0/" + NUMBER + "/messages"))
                .header("Authorization", "Bearer fake-token-1234").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(template)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Path limits(String json) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "limits", ".json"), json);
    }

    private static Run start(Path file) {
        return run(() -> WamockCommand.execute("--port", "0", "--messaging-limits", file.toString()));
    }

    private static Run run(IntSupplier command) {
        try (StdStreams streams = StdStreams.capture()) {
            int code = command.getAsInt();
            return new Run(code, streams.out(), streams.err());
        }
    }
}
