package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's first test is ReadmeExampleTest, line for line, so the README's example compiles and runs. */
class ReadmeSyncTest {
    @Test
    void the_readme_shows_the_example_test_that_the_build_runs() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String example = Files.readString(Path.of("src/test/java/dev/wamock/junit/ReadmeExampleTest.java"));
        String body = example.substring(example.indexOf("import static"));

        assertThat(readme).contains(body);
    }
}
