package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockExtension;
import dev.wamock.junit.WamockTest;
import dev.wamock.junit.internal.WarmUp;
import dev.wamock.server.internal.jetty.JettyProperties;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/junit.md shows the example tests of this package, whole and with their imports, so every Java
 * block compiles and runs in this build; its YAML blocks are resource files; it names every option.
 */
class JunitDocsTest {
    private static final Path PAGE = Path.of("..", "docs", "junit.md");

    @Test
    void everyJavaBlockIsAnExampleTestOfThisPackageWholeWithItsImports() {
        List<String> blocks = DocBlocks.of(PAGE, "java");

        assertThat(blocks).as("java blocks of docs/junit.md").hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(b -> assertThat(b).startsWith("import "));
        assertThat(DocBlocks.examples()).as("example files of this package, as a page shows them").containsAll(blocks);
    }

    @Test
    void everyExampleTestOfThisPackageIsShownOnThePageOrInTheReadme() {
        List<String> shown = Stream.concat(DocBlocks.of(PAGE, "java").stream(),
                DocBlocks.of(Path.of("..", "README.md"), "java").stream()).toList();

        assertThat(shown).containsAll(DocBlocks.examples());
    }

    @Test
    void everyYamlBlockIsPartOfATestResource() throws IOException {
        List<String> resources;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            resources = files.filter(Files::isRegularFile).map(DocBlocks::read).toList();
        }

        assertThat(DocBlocks.of(PAGE, "yaml")).isNotEmpty()
                .allSatisfy(block -> assertThat(resources).anyMatch(r -> r.contains(block)));
    }

    @Test
    void itsMavenSnippetsNameThisBuildsArtifactsAndVersions() {
        assertThat(ReadmeSyncTest.checkedDependencies(PAGE)).contains("wamock-junit-extension", "slf4j-nop");
    }

    @Test
    void everyAttributeAndBuilderMethodAndTheWarmUpAndReportsSwitchesAreNamed() {
        String page = DocBlocks.read(PAGE);
        List<String> names = Stream.concat(Stream.of(WamockTest.class.getDeclaredMethods()),
                        Stream.of(WamockExtension.Builder.class.getDeclaredMethods())
                                .filter(m -> Modifier.isPublic(m.getModifiers())))
                .map(Method::getName).distinct().toList();

        assertThat(names).allSatisfy(name -> assertThat(page).contains("`" + name));
        assertThat(page).contains("-D" + WarmUp.PROPERTY + "=false", "\n" + WarmUp.PROPERTY + "=false\n",
                "`-D" + JettyProperties.SWITCH + "=false`", "`" + JettyProperties.REFERENCES_PER_CACHE_LINE + "`",
                WarmUp.THREAD_PREFIX + "data", "`" + WamockTest.REPORTS_DIR_PROPERTY + "`",
                WamockTest.REPORTS_DIR_PROPERTY + "=build/reports/wamock");
        assertThat(Stream.of(WamockTest.Lifetime.values()).map(Enum::name)).allSatisfy(v -> assertThat(page).contains(v));
    }
}
