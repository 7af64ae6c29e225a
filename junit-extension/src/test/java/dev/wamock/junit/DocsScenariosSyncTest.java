package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/scenarios.md shows the example tests of {@code examples/} line for line, imports included, so what
 * the page shows compiles and runs; and every Java block on the page that shows imports is one of them.
 */
class DocsScenariosSyncTest {
    private static final Path PAGE = Path.of("..", "docs", "scenarios.md");
    private static final Path EXAMPLES = Path.of("src", "test", "java", "dev", "wamock", "junit", "examples");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java[ \\t]*\\n(.*?)^```", Pattern.DOTALL);

    /** An example file from its first import on: what a user copies. */
    private static List<String> examples() throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                bodies.add(text.substring(text.indexOf("import ")).stripTrailing());
            }
        }
        return bodies;
    }

    @Test
    void theScenariosPageShowsEveryExampleTestWithItsImports() throws IOException {
        String page = Files.readString(PAGE);

        assertThat(examples()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(example -> assertThat(page).as("docs/scenarios.md shows").contains(example));
    }

    @Test
    void everyJavaBlockWithImportsOnThePageIsAnExampleTest() throws IOException {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(PAGE));
        List<String> withImports = new ArrayList<>();
        while (block.find()) {
            if (block.group(1).startsWith("import ")) {
                withImports.add(block.group(1).stripTrailing());
            }
        }

        assertThat(withImports).isNotEmpty().allSatisfy(b -> assertThat(examples()).contains(b));
    }
}
