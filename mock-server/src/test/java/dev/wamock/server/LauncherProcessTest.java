package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wamock.server.testing.Http;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code java -jar wamock-server.jar} with no heap option runs the server in a child JVM with a heap cap
 * (cli.Relaunch): the main class {@code dev.wamock.server.cli.Main} in real processes, from the test classpath and,
 * when it is current, as the shaded jar (with its class-data archive).
 */
class LauncherProcessTest {
    private static final Pattern BANNER = Pattern.compile("wamock \\S+ listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "launched {0}")
    @ValueSource(strings = {"from the test classpath", "as the shaded jar"})
    void withoutAHeapOptionTheServerRunsInACappedChildAndSigtermStopsBothWithTheJournalWritten(String launch)
            throws Exception {
        List<String> command = launch.contains("jar") ? jarCommand() : classpathCommand();
        assumeTrue(command != null, "target/wamock-server.jar is missing or older than target/classes");
        Path journal = dir.resolve("journal.jsonl");
        Process launcher = start(command, List.of(), "--port", "0", "--journal-file", journal.toString());
        try {
            String url = awaitBanner(launcher);
            List<ProcessHandle> children = launcher.toHandle().children().toList();
            assertThat(children).as("the launcher's child processes").hasSize(1);
            List<String> childArgs = commandLine(children.get(0));
            assertThat(childArgs).as("the child's command line").contains("-Xmx192m");
            if (launch.contains("jar") && Files.isRegularFile(jarArchive())) {
                assertThat(childArgs).contains("-XX:SharedArchiveFile=" + jarArchive());
            }

            assertThat(Http.to(url).number("").status()).isEqualTo(200);
            launcher.destroy();

            assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).as("the launcher exited after SIGTERM").isTrue();
            assertThat(launcher.exitValue()).as("exit code (stderr: %s)", stderr()).isZero();
            assertThat(children.get(0).onExit().get(10, TimeUnit.SECONDS).isAlive()).as("the child is alive").isFalse();
            assertThat(Files.readAllLines(journal)).as("the journal file").hasSize(1);
        } finally {
            launcher.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    @Test
    void theChildsExitCodeIsTheLaunchers() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process inUse = start(classpathCommand(), List.of(), "--port", String.valueOf(taken.getLocalPort()));
            Process misuse = start(classpathCommand(), List.of(), "--port", "not-a-number");

            assertThat(inUse.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(inUse.exitValue()).as("a port in use").isEqualTo(1);
            assertThat(misuse.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(misuse.exitValue()).as("a bad value").isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"WAMOCK_RELAUNCH=false", "-Dwamock.relaunch=false", "-Xmx200m"})
    void theSwitchOrAHeapOptionKeepsTheServerInTheLaunchedJvm(String setting) throws Exception {
        List<String> command = classpathCommand();
        List<String> env = List.of();
        if (setting.startsWith("-")) {
            command.add(1, setting);
        } else {
            env = List.of(setting);
        }
        Process server = start(command, env, "--port", "0");
        try {
            awaitBanner(server);

            assertThat(server.toHandle().children().toList()).as("child processes").isEmpty();
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theChildStopsWhenTheLauncherIsKilled() throws Exception {
        Process launcher = start(classpathCommand(), List.of(), "--port", "0");
        try {
            awaitBanner(launcher);
            ProcessHandle child = launcher.toHandle().children().findFirst().orElseThrow();

            launcher.destroyForcibly(); // SIGKILL: no shutdown hook forwards it

            assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("the orphaned child is alive").isFalse();
        } finally {
            launcher.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    private Process start(List<String> command, List<String> env, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectError(dir.resolve("stderr.txt").toFile());
        builder.command().addAll(List.of(args));
        for (String variable : env) {
            builder.environment().put(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
        }
        return builder.start();
    }

    /** The first stdout line, the banner: the server's URL. */
    private String awaitBanner(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine(); // ends when the process does
        Matcher banner = first == null ? null : BANNER.matcher(first);
        assertThat(banner != null && banner.matches()).as("banner '%s' (stderr: %s)", first, stderr()).isTrue();
        return banner.group(1);
    }

    /** Its {@code /proc/<pid>/cmdline} (ProcessHandle's info gives no arguments past 4 kB, the test classpath's size). */
    private static List<String> commandLine(ProcessHandle process) throws IOException {
        String all = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"), StandardCharsets.UTF_8);
        return Arrays.asList(all.split("\u0000"));
    }

    private String stderr() throws IOException {
        Path file = dir.resolve("stderr.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static List<String> classpathCommand() {
        return new ArrayList<>(List.of(java(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.wamock.server.cli.Main"));
    }

    /** {@code java -jar target/wamock-server.jar}, or {@code null} when that jar is not current. */
    private static List<String> jarCommand() throws IOException {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path jar = module.resolve("target/wamock-server.jar");
        Path mainClass = module.resolve("target/classes/dev/wamock/server/cli/Main.class");
        boolean current = Files.isRegularFile(jar) && Files.isRegularFile(mainClass)
                && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(mainClass)) >= 0;
        return current ? new ArrayList<>(List.of(java(), "-jar", jar.toString())) : null;
    }

    private static Path jarArchive() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target/wamock-server.jsa");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
