package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * docs/dependencies.md shows the tree a user's project gets from this extension and the assertions; this module's
 * test classpath holds the same artifacts (and test-only ones of its own), so the page stays true: every artifact of
 * the tree is here at its version, and what the page says was left out is not.
 */
class DependenciesDocTest {
    private static final Path PAGE = Path.of("..", "docs", "dependencies.md");
    /** Set by the junit6 profile: the JUnit version that replaces the page's 5.x artifacts. */
    private static final String JUNIT_OVERRIDE = System.getProperty("wamock.junit.override");
    private static final Pattern ARTIFACT = Pattern.compile("([\\w.-]+):([\\w.-]+):jar:([\\w.-]+):test");

    @Test
    void everyArtifactOfTheTreeIsOnTheClasspathAtItsVersion() throws IOException {
        String page = Files.readString(PAGE);
        String tree = page.substring(page.indexOf("```text\nexample:user:jar:1"));
        tree = tree.substring(0, tree.indexOf("\n```", 1));
        List<String> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> p.replace(File.separatorChar, '/')).toList();

        Matcher m = ARTIFACT.matcher(tree);
        int checked = 0;
        while (m.find()) {
            checked++;
            if (m.group(1).equals("dev.wamock")) {
                continue; // this build's own modules: classes directories or jars of the reactor
            }
            String dir = "/" + m.group(1).replace('.', '/') + "/" + m.group(2) + "/";
            String jar = dir + m.group(3) + "/" + m.group(2) + "-" + m.group(3) + ".jar";
            if (JUNIT_OVERRIDE != null && m.group(1).startsWith("org.junit")) {
                // the junit6 profile imports another junit-bom: the page's JUnit artifacts are here at its version
                assertThat(classpath).as("docs/dependencies.md names %s (JUnit %s)", m.group(), JUNIT_OVERRIDE)
                        .anyMatch(p -> p.contains(dir) && p.endsWith("-" + JUNIT_OVERRIDE + ".jar"));
                continue;
            }
            assertThat(classpath).as("docs/dependencies.md names %s", m.group()).anyMatch(p -> p.endsWith(jar));
        }
        assertThat(checked).as("artifacts in the page's tree").isEqualTo(32);
        assertThat(page).contains("(" + checked + " artifacts,");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServlet", // Jetty's WebSocket server
        "org.eclipse.jetty.websocket.core.server.WebSocketMappings",
        "org.eclipse.jetty.ee10.annotations.AnnotationConfiguration", // ee10-annotations, -plus, -webapp
        "org.eclipse.jetty.ee10.plus.webapp.PlusConfiguration",
        "org.eclipse.jetty.ee10.webapp.WebAppContext",
        "org.eclipse.jetty.jndi.NamingContext",
        "jakarta.enterprise.inject.spi.CDI",
        "jakarta.annotation.PostConstruct",
        "jakarta.inject.Inject",
        "jakarta.interceptor.Interceptor",
        "jakarta.transaction.Transactional",
        "org.objectweb.asm.ClassReader",
        "org.jetbrains.annotations.NotNull",
        "picocli.CommandLine",
        "io.lettuce.core.RedisClient", // wamock-state-redis: optional in mock-server, only for --state redis://
        "dev.wamock.state.redis.RedisStateStoreFactory"})
    void whatThePageSaysWasLeftOutIsNotOnTheClasspath(String className) {
        assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
