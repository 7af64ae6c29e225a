package dev.wamock.junit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's first test is ReadmeExampleTest, imports included; its Maven snippet names real artifacts and the version. */
class ReadmeSyncTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void theReadmeShowsTheExampleTestThatTheBuildRunsWithItsImports() {
        String example = DocBlocks.shown(DocBlocks.EXAMPLES.resolve("ReadmeExampleTest.java"));

        assertThat(example).startsWith("import static");
        assertThat(DocBlocks.of(README, "java")).contains(example);
    }

    @Test
    void theMavenSnippetNamesEveryArtifactAUserAddsWithThisBuildsVersion() {
        List<String> artifacts = checkedDependencies(README);

        assertThat(artifacts).contains("wamock-junit-extension", "wamock-assertions", "wamock-testcontainers", "wamock-client");
    }

    /**
     * The artifact IDs of a page's Maven snippets, after checking each: a wamock artifact is a module of
     * this build at its version; SLF4J is at the version wamock brings.
     */
    static List<String> checkedDependencies(Path page) {
        String version = DocBlocks.rootPom("<artifactId>wamock-parent</artifactId>", "version");
        String slf4j = DocBlocks.rootPom("<properties>", "slf4j.version");
        List<DocBlocks.Dependency> dependencies = DocBlocks.dependencies(page);
        assertThat(dependencies).as("dependencies in the xml blocks of %s", page).isNotEmpty().allSatisfy(d -> {
            if (d.groupId().equals("dev.wamock")) {
                assertThat(d.version()).as("version of %s", d.artifactId()).isEqualTo(version);
                Path pom = Path.of("..", d.artifactId().replaceFirst("^wamock-", ""), "pom.xml");
                assertThat(DocBlocks.read(pom)).as("%s", pom).contains("<artifactId>" + d.artifactId() + "</artifactId>");
            } else {
                assertThat(d.groupId()).isEqualTo("org.slf4j");
                assertThat(d.version()).as("version of %s", d.artifactId()).isEqualTo(slf4j);
            }
        });
        return dependencies.stream().map(DocBlocks.Dependency::artifactId).toList();
    }
}
