package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, break 6: a scenario or fixtures file that could hang or exhaust the server is refused
 * before any parsing, each with its reason, and a key given twice is an error at its line. The timeout
 * only turns the old hang (open() of a FIFO blocks for ever) into a failure; nothing here measures time.
 */
@Timeout(value = 60, threadMode = ThreadMode.SEPARATE_THREAD)
class UnreadableFilesTest {
    private static final String FLAKY = """
            name: flaky
            steps:
              - error: server-error
                times: 2
              - pass: true
            """;

    @TempDir
    Path dir;

    @Test
    void aFifoNamedLikeAScenarioFileInADirectoryIsRefusedAsNotARegularFile() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), FLAKY);
        Path fifo = mkfifo(dir.resolve("b.yaml"));

        InvalidFileException e = refused(() -> ScenarioFiles.load(dir));

        assertThat(e.getMessage()).startsWith("cannot read " + fifo + ": not a regular file");
        assertThat(e.file()).isEqualTo(fifo.toString());
    }

    @Test
    void aFifoGivenAsTheFixturesFileIsRefusedAsNotARegularFile() throws Exception {
        Path fifo = mkfifo(dir.resolve("numbers.yaml"));

        InvalidFileException e = refused(() -> Fixtures.load(fifo, Fixtures.defaults()));

        assertThat(e.getMessage()).startsWith("cannot read " + fifo + ": not a regular file");
    }

    @Test
    void aSymlinkToDevZeroIsRefusedAsNotARegularFileNamingWhereItLeads() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
        Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));

        InvalidFileException e = refused(() -> ScenarioFiles.load(link));

        assertThat(e.getMessage()).startsWith("cannot read " + link + ": not a regular file (/dev/zero)");
    }

    @Test
    void aFiveMegabyteScalarIsRefusedByTheSizeRuleBeforeAnyParsing() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "name: " + "a".repeat(5 << 20) + "\nsteps:\n  - pass: true\n");

        InvalidFileException e = refused(() -> ScenarioFiles.load(big));

        assertThat(e.getMessage()).startsWith("cannot read " + big + ": larger than 4 MiB (")
                .contains(String.valueOf(Files.size(big)));
        assertThat(e.line()).as("no parser saw it").isZero();
    }

    @Test
    void aFixturesFileOverFourMebibytesIsRefusedByTheSizeRule() throws IOException {
        Path big = dir.resolve("numbers.json");
        Files.writeString(big, "{\"numbers\": [], \"padding\": \"" + " ".repeat(4 << 20) + "\"}");

        InvalidFileException e = refused(() -> Fixtures.load(big, Fixtures.defaults()));

        assertThat(e.getMessage()).startsWith("cannot read " + big + ": larger than 4 MiB");
    }

    @Test
    void aYamlFileJustUnderTheSizeLimitIsReadWhole() throws IOException {
        Path file = dir.resolve("long.yaml");
        String description = "d".repeat((4 << 20) - 1_000); // past snakeyaml's own 3 MB bound, which follows the 4 MiB rule
        Files.writeString(file, FLAKY + "description: " + description + "\n");

        assertThat(ScenarioFiles.load(file)).singleElement()
                .satisfies(s -> assertThat(s.description()).isEqualTo(description));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheirOffset() throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "name: caf\u00e9\nsteps:\n  - pass: true\n".getBytes(StandardCharsets.ISO_8859_1));

        InvalidFileException e = refused(() -> ScenarioFiles.load(latin1));

        assertThat(e.getMessage()).startsWith("cannot read " + latin1 + ": invalid UTF-8 at byte 9");
    }

    @Test
    void aMissingFixturesFileSaysSo() {
        Path missing = dir.resolve("missing.yaml");

        InvalidFileException e = refused(() -> Fixtures.load(missing, Fixtures.defaults()));

        assertThat(e.getMessage()).isEqualTo("cannot read " + missing + ": no such file");
    }

    @Test
    void aKeyGivenTwiceInAScenarioIsAnErrorAtTheLineOfTheSecond() throws IOException {
        Path file = Files.writeString(dir.resolve("twice.yaml"), """
                name: flaky
                steps:
                  - error: server-error
                    times: 2
                    times: 3
                  - pass: true
                """);

        InvalidFileException e = refused(() -> ScenarioFiles.load(file));

        assertThat(e.getMessage()).startsWith(file + ":5:5: ").contains("duplicate key 'times'");
        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void aTopLevelKeyGivenTwiceIsAnErrorToo() throws IOException {
        Path file = Files.writeString(dir.resolve("names.yaml"), FLAKY + "name: other\n");

        InvalidFileException e = refused(() -> ScenarioFiles.load(file));

        assertThat(e.getMessage()).startsWith(file + ":6:1: ").contains("duplicate key 'name'");
    }

    @Test
    void aKeyGivenTwiceInAJsonScenarioIsAnErrorAtItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("twice.json"), """
                {"name": "flaky",
                 "steps": [{"pass": true}],
                 "name": "other"}
                """);

        InvalidFileException e = refused(() -> ScenarioFiles.load(file));

        assertThat(e.getMessage()).startsWith(file + ":3:").contains("duplicate key 'name'");
    }

    @Test
    void aKeyGivenTwiceInAFixturesNumberIsAnErrorAtItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("numbers.yaml"), """
                numbers:
                  - id: "100000000000001"
                    status: CONNECTED
                    status: FLAGGED
                """);

        InvalidFileException e = refused(() -> Fixtures.load(file, Fixtures.defaults()));

        assertThat(e.getMessage()).startsWith(file + ":4:").contains("duplicate key 'status'");
    }

    private static InvalidFileException refused(ThrowingCallable load) {
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, load);
        assertThat(e).as("the file should be refused with an InvalidFileException").isNotNull();
        return e;
    }

    /** A named pipe made by {@code mkfifo}; skipped where there is none, but never in CI. */
    static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException noMkfifo) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw noMkfifo; // CI runs on Linux: a missing mkfifo there is a broken machine, not a reason to skip
            }
            throw new org.opentest4j.TestAbortedException("no mkfifo on this system: " + noMkfifo.getMessage());
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("mkfifo returned").isTrue();
        assertThat(process.exitValue()).as("mkfifo %s: %s", path,
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return path;
    }
}
