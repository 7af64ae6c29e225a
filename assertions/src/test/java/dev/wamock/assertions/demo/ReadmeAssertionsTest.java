package dev.wamock.assertions.demo;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The two assertion lines the README shows, run for real, and the README checked to show exactly them. */
class ReadmeAssertionsTest {
    @Test
    void the_readme_assertions_pass_for_a_client_that_backs_off() throws Exception {
        try (WamockServer server = DemoServer.start()) {
            server.use("rate-limited-then-ok");
            HttpResponse<String> response = AccountNumberClient.get(server.baseUrl(), "fake-token-1234", DemoServer.NUMBER);
            server.reset();
            server.use("transient-then-ok");
            server.clock().manual();
            DemoServer.correct(server, 5).fetch(DemoServer.NUMBER);

            assertThat(response).conformsToSchema().isGraphError().matchesDocumented("rate-limited");
            assertThat(server).retriedOnlyTransientErrors().backoff().withSlack(ofMillis(50)).isExponential(ofMillis(100), 2.0, 0.75);
        }
    }

    @Test
    void the_readme_shows_these_lines() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String source = Files.readString(Path.of("src/test/java/dev/wamock/assertions/demo/ReadmeAssertionsTest.java"));
        for (String line : readme.substring(readme.indexOf("## Assertions")).split("\n")) {
            if (line.startsWith("assertThat(")) {
                assertThat(source).contains(line);
            }
        }
        assertThat(readme).contains("assertThat(response).conformsToSchema()");
    }
}
