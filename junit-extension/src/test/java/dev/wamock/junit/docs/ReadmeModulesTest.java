package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's module graph ("What each module's pom depends on") is what the poms say, optional marks included. */
class ReadmeModulesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern LINE = Pattern.compile("^(\\S+)\\s+(?:→ (.*)|.*)$");
    private static final Pattern OPTIONAL = Pattern.compile("(\\S+) \\(optional");

    @Test
    void theReadmesModuleGraphHasEveryModuleWithTheWamockDependenciesOfItsPom() {
        assertThat(drawn()).as("README.md's module graph (left) vs the poms' compile-scope wamock dependencies")
                .isEqualTo(fromPoms(false));
    }

    @Test
    void theDependenciesTheReadmeCallsOptionalAreOptionalInThePoms() {
        assertThat(drawnOptional()).isEqualTo(fromPoms(true)).isNotEmpty();
    }

    /** Module → the modules it depends on, as the README's block shows them. */
    private static Map<String, Set<String>> drawn() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : block().split("\n")) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as("a line of the module graph: %s", line).isTrue();
            String uses = m.group(2) == null ? "" : m.group(2).replaceAll("\\([^)]*\\)", "");
            graph.put(m.group(1), Arrays.stream(uses.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        return graph;
    }

    private static Map<String, Set<String>> drawnOptional() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : block().split("\n")) {
            Set<String> optional = OPTIONAL.matcher(line).results().map(r -> r.group(1))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!optional.isEmpty()) {
                graph.put(line.split("\\s+")[0], optional);
            }
        }
        return graph;
    }

    /** Module → its non-test wamock dependencies (only the optional ones if {@code optionalOnly}), by directory. */
    private static Map<String, Set<String>> fromPoms(boolean optionalOnly) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String module : Poms.publishedModules()) {
            Set<String> uses = Poms.dependencies(Poms.project(module)).stream()
                    .filter(d -> "dev.wamock".equals(d.groupId()) && !d.scope().equals("test"))
                    .filter(d -> d.optional() || !optionalOnly)
                    .map(d -> d.artifactId().replaceFirst("^wamock-", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!optionalOnly || !uses.isEmpty()) {
                graph.put(module, uses);
            }
        }
        return graph;
    }

    /** The text block that follows "What each module's pom depends on". */
    private static String block() {
        String readme = DocBlocks.read(README);
        int heading = readme.indexOf("What each module's pom depends on");
        assertThat(heading).as("the module graph's sentence in README.md").isNotNegative();
        return DocBlocks.of(Path.of("..", "README.md"), "text").stream()
                .filter(b -> readme.indexOf("```text\n" + b) > heading).findFirst()
                .orElseThrow(() -> new AssertionError("no ```text block after the module graph's sentence"));
    }
}
