package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.InvalidFileException;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.scenarios.Step;
import dev.wamock.testcontainers.internal.ContainerFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a container gets are checked on the test's side, with the server's own readers. */
class ContainerFilesTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @TempDir
    Path dir;

    @Test
    void aDirectoryContributesItsScenarioFilesInOrder() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");
        Files.copy(SCENARIOS.resolve("maintenance.json"), dir.resolve("maintenance.json"));

        assertThat(ContainerFiles.scenarios("/scenarios", List.of(dir), List.of()))
                .containsOnlyKeys("/scenarios/maintenance.json");
        assertThat(ContainerFiles.scenarios("/scenarios", List.of(SCENARIOS), List.of()).keySet())
                .containsExactly("/scenarios/maintenance.json", "/scenarios/quality-drops-to-red.yaml");
    }

    @Test
    void aScenarioWrittenInCodeBecomesAJsonFileTheServerReadsBack() {
        Scenario flaky = Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough());

        Map<String, byte[]> files = ContainerFiles.scenarios("/scenarios", List.of(), List.of(flaky));

        assertThat(files).containsOnlyKeys("/scenarios/flaky.json");
        String json = new String(files.get("/scenarios/flaky.json"), StandardCharsets.UTF_8);
        assertThat(ScenarioFiles.parse("flaky.json", json)).containsExactly(flaky);
    }

    @Test
    void aMalformedScenarioFileFailsHereWithFileLineAndField() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: bad\nsteps:\n  - pass: true\n    tims: 2\n");

        assertThatThrownBy(() -> ContainerFiles.scenarios("/scenarios", List.of(bad), List.of()))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("tims");
    }

    @Test
    void aScenarioDefinedTwiceFailsBeforeTheServerWouldRefuseToStart() {
        Scenario again = Scenario.of("maintenance", Step.passThrough());

        assertThatThrownBy(() -> ContainerFiles.scenarios("/scenarios", List.of(SCENARIOS), List.of(again)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scenario 'maintenance' is defined twice");
    }

    @Test
    void twoFilesOfTheSameNameFailBecauseTheContainerKeepsOneDirectory() throws IOException {
        Path copy = Files.createDirectory(dir.resolve("copy"));
        Files.copy(SCENARIOS.resolve("maintenance.json"), copy.resolve("maintenance.json"));

        assertThatThrownBy(() -> ContainerFiles.scenarios("/scenarios", List.of(SCENARIOS, copy), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two scenario files are named maintenance.json");
    }

    @Test
    void aMissingPathFailsWithTheAbsolutePath() {
        assertThatThrownBy(() -> ContainerFiles.scenarios("/scenarios", List.of(dir.resolve("nope")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.resolve("nope").toAbsolutePath().toString());
    }

    @Test
    void aMalformedFixturesFileFailsHere() throws IOException {
        Path bad = Files.writeString(dir.resolve("numbers.yaml"), "numbers:\n  - id: \"12ab\"\n    status: CONNECTED\n");

        assertThatThrownBy(() -> ContainerFiles.fixtures(bad)).hasMessageContaining("numbers.yaml");
    }
}
