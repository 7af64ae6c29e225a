package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/https.md shows the examples of {@code docs/https} here and the container example of the Testcontainers module,
 * whole with their imports (less that module's {@code @NeedsWamockImage}), in page order; it names every option
 * and the handle's HTTPS methods, and the Node script it points at exists.
 */
class HttpsDocsTest {
    private static final Path PAGE = Path.of("..", "docs", "https.md");
    private static final Path CONTAINER_EXAMPLE =
            Path.of("..", "testcontainers", "src", "test", "java", "dev", "wamock", "testcontainers", "ContainerHttpsExampleTest.java");

    @Test
    void everyJavaBlockIsAnExampleOfThisBuildWholeWithItsImports() {
        assertThat(DocBlocks.of(PAGE, "java")).containsExactly(
                DocBlocks.shown(DocBlocks.EXAMPLES.resolve("https/ProxyExampleTest.java")),
                DocBlocks.shown(DocBlocks.EXAMPLES.resolve("https/HttpsServerExampleTest.java")),
                DocBlocks.shown(CONTAINER_EXAMPLE).replace("@NeedsWamockImage\n", ""))
                .allSatisfy(block -> assertThat(block).startsWith("import "));
    }

    @Test
    void theOptionsTheirVariablesAndTheHandlesMethodsAreNamed() {
        String page = DocBlocks.read(PAGE);

        assertThat(List.of("--https-port", "WAMOCK_HTTPS_PORT", "--keystore", "--keystore-password", "WAMOCK_KEYSTORE",
                "WAMOCK_KEYSTORE_PASSWORD", "--proxy", "WAMOCK_PROXY=true", "@WamockTest(https = true)",
                "@WamockTest(proxy = true", "installJvmWide", "withHttps()", "withProxy()", "GET /__wamock/ca.pem"))
                .allSatisfy(name -> assertThat(page).contains(name));
        assertThat(List.of("httpsBaseUrl()", "sslContext()", "caPemFile()", "httpClient()", "proxyAddress()",
                "caCertificatePem()")).allSatisfy(method -> assertThat(page).contains("`" + method));
    }

    @Test
    void theNodeScriptThePageRunsIsTheOneTheBuildRuns() {
        assertThat(DocBlocks.read(PAGE)).contains("mock-server/src/test/resources/https/graph-through-proxy.js");
        assertThat(Files.isRegularFile(Path.of("..", "mock-server", "src", "test", "resources", "https",
                "graph-through-proxy.js"))).isTrue();
    }
}
