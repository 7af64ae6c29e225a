package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.wamock.server.WamockServer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * docs/container.md shows ContainerExampleTest, ContainerSessionsExampleTest and NumberClientIT whole, imports included (less the
 * build's own {@code @NeedsWamockImage}); NumberClientIT runs here against an in-process server, the
 * container example wherever the image is; the page's table names every {@code withX} method.
 */
class ContainerDocsTest {
    private static final Path PAGE = Path.of("..", "docs", "container.md");
    private static final Path SOURCES = Path.of("src/test/java/dev/wamock/testcontainers");

    @Test
    void everyJavaBlockIsAnExampleOfThisBuildWholeWithItsImports() throws IOException {
        List<String> blocks = javaBlocks(Files.readString(PAGE));

        assertThat(blocks).containsExactly(shown("ContainerExampleTest.java"), shown("ContainerSessionsExampleTest.java"),
                shown("NumberClientIT.java"));
    }

    @Test
    void theWamockClientExamplePassesAgainstAServerWithItsAdminToken() {
        try (WamockServer server = WamockServer.builder().port(0).adminToken("fake-admin-token").start()) {
            System.setProperty("wamock.url", server.baseUrl());
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(NumberClientIT.class)).execute()
                    .testEvents().assertStatistics(s -> s.started(1).succeeded(1));
        } finally {
            System.clearProperty("wamock.url");
        }
    }

    @Test
    void everyWithMethodOfTheContainerIsOnThePage() throws IOException {
        String page = Files.readString(PAGE);

        List<String> missing = Stream.of(WamockContainer.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getName().startsWith("with"))
                .map(Method::getName).distinct().filter(name -> !page.contains("`" + name + "(")).toList();

        assertThat(missing).as("withX methods of WamockContainer missing from docs/container.md").isEmpty();
    }

    /** An example file as the page shows it: after the package line, without the build's own image condition. */
    private static String shown(String file) throws IOException {
        String text = Files.readString(SOURCES.resolve(file));
        return text.substring(text.indexOf(";\n\n") + 3).replace("@NeedsWamockImage\n", "");
    }

    private static List<String> javaBlocks(String page) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : page.split("\n", -1)) {
            if (block == null && line.equals("```java")) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
