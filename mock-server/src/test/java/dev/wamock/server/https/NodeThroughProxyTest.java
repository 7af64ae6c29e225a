package dev.wamock.server.https;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Node (20, on the build machine) as a client that hard-codes {@code https://graph.facebook.com}: its {@code http}
 * and {@code tls} modules open a CONNECT tunnel through the proxy and trust the run's CA from the PEM file
 * ({@code src/test/resources/https/graph-through-proxy.js}). Without {@code node} the test fails in CI (env
 * {@code CI} set, as .ci/run sets it) and is skipped elsewhere.
 */
@Timeout(60)
class NodeThroughProxyTest {
    @Test
    void aNodeClientCallingGraphThroughTheProxyGetsTheFixture() throws Exception {
        String node = nodeOrSkip();
        try (WamockServer server = WamockServer.builder().proxy().start()) {
            Path script = Path.of(NodeThroughProxyTest.class.getResource("/https/graph-through-proxy.js").toURI());
            Path out = Files.createTempFile("node-out", ".txt");
            Path err = Files.createTempFile("node-err", ".txt");
            try {
                Process process = new ProcessBuilder(node, script.toString(), String.valueOf(server.port()),
                        server.caPemFile().toString(), "/v23.0/" + Http.NUMBER + "?fields=id,verified_name,status")
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                assertThat(process.waitFor(40, TimeUnit.SECONDS)).as("node ended").isTrue();
                String stderr = Files.readString(err, StandardCharsets.UTF_8);
                assertThat(process.exitValue()).as("node's exit code; stderr: %s", stderr).isZero();

                JsonNode printed = JsonMapper.builder().build().readTree(Files.readString(out, StandardCharsets.UTF_8));
                assertThat(printed.get("status").asInt()).isEqualTo(200);
                assertThat(printed.get("body").get("id").asString()).isEqualTo(Http.NUMBER);
                assertThat(printed.get("body").get("verified_name").asString()).isEqualTo("Acme Support");
                assertThat(printed.get("body").get("status").asString()).isEqualTo("CONNECTED");
                assertThat(server.journal().entries()).singleElement().satisfies(entry -> {
                    assertThat(entry.path()).isEqualTo("/v23.0/" + Http.NUMBER);
                    assertThat(entry.header("Host")).isEqualTo("graph.facebook.com");
                });
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }
    }

    /** {@code node} on the PATH; a missing one fails the test in CI and skips it elsewhere. */
    private static String nodeOrSkip() throws InterruptedException {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0) {
                return "node";
            }
        } catch (IOException notFound) {
            // below
        }
        String message = "node is not on the PATH; this test runs a Node client through the proxy (install Debian's"
                + " nodejs package, as .ci/run does)";
        if (System.getenv("CI") != null) {
            throw new AssertionError(message + "; CI is set, so it fails instead of being skipped");
        }
        return Assumptions.abort(message);
    }
}
