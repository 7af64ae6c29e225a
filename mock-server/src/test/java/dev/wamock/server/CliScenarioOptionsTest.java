package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.server.cli.WamockCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's scenario options and the {@code scenarios} sub-command, as a user reads them on the terminal. */
@Timeout(30)
class CliScenarioOptionsTest {
    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void theScenariosCommandPrintsEveryBuiltInWithItsMagicNumberAttemptsDescriptionAndTags() {
        Run run = run(() -> WamockCommand.execute("scenarios"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        for (CatalogueEntry b : BuiltInScenarios.all()) {
            String attempts = b.attemptsToSucceed() == null ? "never" : b.attemptsToSucceed().toString();
            Pattern row = Pattern.compile("^" + Pattern.quote(b.name()) + "\\s+" + b.magicNumber() + "\\s+" + attempts
                    + "\\s+" + Pattern.quote(b.description() + " [" + String.join(", ", b.tags()) + "]") + "$");
            assertThat(lines).as("a row '%s  %s  %s  <description> [<tags>]' in:%n%s", b.name(), b.magicNumber(),
                    attempts, run.out()).anyMatch(l -> row.matcher(l).matches());
        }
        assertThat(lines).anyMatch(l -> l
                .matches("^transient-then-ok\\s+555090000001\\s+3\\s+Two 500s.*\\[stories, recoverable]$"));
        assertThat(lines).anyMatch(l -> l
                .matches("^stall\\s+555080000004\\s+never\\s+.*\\[chaos, connection-faults]$"));
        assertThat(run.out()).contains("X-Wamock-Scenario");
    }

    @Test
    void theScenariosCommandAlsoListsTheScenariosOfAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"),
                "name: from-file\ndescription: Loaded for the CLI\nsteps:\n  - error: server-error\n");

        Run run = run(() -> WamockCommand.execute("scenarios", "--scenarios", file.toString()));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).anyMatch(l -> l.matches("^from-file\\s+-\\s+-\\s+Loaded for the CLI$"));
    }

    @Test
    void theScenariosCommandWithABadFileExitsWithOneNamingFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"),
                "name: broken\nsteps:\n  - error: server-error\n    crash: true\n");

        Run run = run(() -> WamockCommand.execute("scenarios", "--scenarios", file.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: ").contains(file + ":4:").contains("'crash'");
    }

    @Test
    void anUnknownStartScenarioExitsWithOneAndOneLineSayingWhereTheNamesAre() {
        Run run = run(() -> WamockCommand.execute("--port", "0", "--scenario", "nope"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: ").contains("unknown scenario 'nope'").contains("scenarios");
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("listening on");
    }

    @Test
    void aMistypedStartScenarioExitsWithOneAndSuggestsTheClosestName() {
        Run run = run(() -> WamockCommand.execute("--port", "0", "--scenario", "http-50"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: ").contains("'http-50'").contains("did you mean 'http-500'?");
        assertThat(run.out()).doesNotContain("listening on");
    }

    @Test
    void aBadScenariosFileExitsWithOneAndNamesFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("flaky.yaml"),
                "name: flaky\nsteps:\n  - error: server-error\n    times: \"two\"\n");

        Run run = run(() -> WamockCommand.execute("--port", "0", "--scenarios", file.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: " + file + ":4:").contains("steps[0].times").contains("two");
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("listening on");
    }

    @Test
    void aScenariosFileReusingABuiltInNameExitsWithOne() throws IOException {
        Path file = Files.writeString(dir.resolve("clash.yaml"), "name: http-500\nsteps:\n  - pass: true\n");

        Run run = run(() -> WamockCommand.execute("--port", "0", "--scenarios", file.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: ").contains("'http-500'").contains("built-in");
    }

    @Test
    void aJournalCapacityBelowOneExitsWithOne() {
        Run run = run(() -> WamockCommand.execute("--port", "0", "--journal-capacity", "0"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: ").contains("journalCapacity").contains("0");
    }

    /** Issue 16, break 6: a FIFO named {@code *.yaml} hung start-up for ever (open() waits for a writer). */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // turns the old hang into a failure
    void aFifoInTheScenariosDirectoryFailsStartUpAtOnceWithItsReason() throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "name: fine\nsteps:\n  - pass: true\n");
        Path fifo = dir.resolve("pipe.yaml");
        mkfifo(fifo);

        Run run = run(() -> WamockCommand.execute("--port", "0", "--scenarios", dir.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .isEqualTo("wamock: cannot read " + fifo + ": not a regular file; name a YAML or JSON file");
        assertThat(run.out()).doesNotContain("listening on");
    }

    /** {@code mkfifo path}; skipped where there is no mkfifo, but never in CI (Linux). */
    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException noMkfifo) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw noMkfifo;
            }
            throw new org.opentest4j.TestAbortedException("no mkfifo on this system: " + noMkfifo.getMessage());
        }
        assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).as("mkfifo returned").isTrue();
        assertThat(process.exitValue()).as("mkfifo %s", path).isZero();
    }

    private static Run run(IntSupplier command) {
        try (StdStreams streams = StdStreams.capture()) {
            int code = command.getAsInt();
            return new Run(code, streams.out(), streams.err());
        }
    }
}
