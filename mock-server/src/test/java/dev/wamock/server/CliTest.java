package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.cli.WamockCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link WamockCommand#execute}: exit codes and what a user reads on the terminal. */
@Timeout(30)
class CliTest {
    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void aPortInUseExitsWithOneAndOneClearLineOnStderr() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(taken.getLocalPort());

            Run run = run(() -> WamockCommand.execute("--port", port));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).as("stderr:%n%s", run.err())
                    .filteredOn(l -> l.startsWith("wamock: ")).singleElement().asString()
                    .contains(port).contains("already in use").contains("--port");
            assertThat(run.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(run.out()).doesNotContain("listening on");
        }
    }

    @Test
    void aStateStoreThatCannotBeReachedAtStartExitsWithOneAndOneLineThatSaysSo() throws IOException {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = probe.getLocalPort();
        }

        Run run = run(() -> WamockCommand.execute("--port", "0", "--state", "redis://127.0.0.1:" + closed + "/0"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: the state store at redis://127.0.0.1:" + closed + "/0 is unreachable")
                .contains("wamock did not start");
        assertThat(run.out()).doesNotContain("listening on");
    }

    @Test
    void aStateUriOfAnUnknownKindExitsWithOneNamingTheModule() {
        Run run = run(() -> WamockCommand.execute("--port", "0", "--state", "mongo://127.0.0.1:27017"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("no state store for 'mongo://'", "wamock-state-redis");
    }

    @Test
    void aPortInUsePrintsNothingButTheOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Run run = run(() -> WamockCommand.execute("--port", String.valueOf(taken.getLocalPort())));

            assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString().startsWith("wamock: ");
        }
    }

    @Test
    void helpExitsWithZeroAndDescribesEveryOption() {
        Run run = run(() -> WamockCommand.execute("--help"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage:").contains("--port").contains("--host").contains("--fixtures")
                .contains("--require-token");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void versionExitsWithZeroAndNamesTheServer() {
        Run run = run(() -> WamockCommand.execute("--version"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("wamock-server ");
    }

    @Test
    void anUnknownOptionExitsWithTwoAndAUsageLine() {
        Run run = run(() -> WamockCommand.execute("--prot", "8080"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith("wamock: ").contains("--prot"))
                .anySatisfy(l -> assertThat(l).startsWith("usage: ").contains("--port"));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aPortThatIsNotANumberExitsWithTwo() {
        Run run = run(() -> WamockCommand.execute("--port", "eighty"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("eighty").contains("usage: ");
    }

    @Test
    void aBadFixturesFileExitsWithOneNamingTheFile() throws IOException {
        Path file = Files.createTempFile("bad-fixtures", ".yaml");
        try {
            Files.writeString(file, "mode: extend\n");

            Run run = run(() -> WamockCommand.execute("--port", "0", "--fixtures", file.toString()));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString()
                    .startsWith("wamock: ").contains(file.getFileName().toString()).contains("numbers");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Runs with System.out and System.err captured; the CLI must return on its own. */
    static Run run(Supplier<Integer> command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            int code = command.get(); // a CLI that does not return is failed by the class's @Timeout
            return new Run(code, capturedOut.toString(StandardCharsets.UTF_8),
                    capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
