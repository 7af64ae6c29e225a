package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.testing.ServerFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Replays the README's curl session against a running server and compares every answer. */
class CliReadmeTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();
    private static final Pattern CURL = Pattern.compile("^\\$ curl -s((?: -H '[^']*')*) '([^']*)'$");
    private static final Pattern HEADER = Pattern.compile("-H '([^:]+): ([^']*)'");

    @Test
    void every_curl_in_the_readme_session_answers_what_the_readme_shows() throws Exception {
        List<String[]> exchanges = readmeSession();
        assertThat(exchanges).hasSizeGreaterThanOrEqualTo(3);
        HttpClient client = HttpClient.newHttpClient();
        for (String[] exchange : exchanges) {
            Matcher curl = CURL.matcher(exchange[0]);
            assertThat(curl.matches()).as("README curl line %s", exchange[0]).isTrue();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                    curl.group(2).replace("http://127.0.0.1:8080", SERVER.baseUrl())));
            Matcher header = HEADER.matcher(curl.group(1));
            while (header.find()) {
                request.header(header.group(1), header.group(2));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(withoutTraceId(response.body())).as("answer to %s", exchange[0])
                    .isEqualTo(withoutTraceId(exchange[1]));
        }
    }

    private static JsonNode withoutTraceId(String json) {
        JsonNode node = Mappers.JSON.readTree(json);
        if (node.has("error")) {
            ((ObjectNode) node.get("error")).remove("fbtrace_id");
        }
        return node;
    }

    /** Pairs of (curl line, the answer printed under it) from the README's console block. */
    private static List<String[]> readmeSession() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("$ curl")) {
                pairs.add(new String[] {lines.get(i), lines.get(i + 1)});
            }
        }
        return pairs;
    }
}
