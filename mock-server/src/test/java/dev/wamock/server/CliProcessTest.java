package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server as a user starts it: a separate JVM on port 0 that prints its URL, answers, and stops on
 * SIGTERM. Runs the main class on the test classpath, and the shaded jar too when it is built and newer
 * than the compiled classes (surefire runs before {@code package}, so a clean build has no jar yet).
 */
class CliProcessTest {
    private static final Pattern BANNER =
            Pattern.compile("wamock (\\S+) listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "launched {0}")
    @ValueSource(strings = {"from the test classpath", "as the shaded jar"})
    void aSeparateProcessOnPortZeroPrintsItsUrlAnswersAndStopsOnSigterm(String launch) throws Exception {
        List<String> command = launch.contains("jar") ? jarCommand() : classpathCommand();
        assumeTrue(command != null, "target/wamock-server.jar is missing or older than target/classes");
        command.addAll(List.of("--port", "0"));
        Process process = new ProcessBuilder(command)
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        try {
            BlockingQueue<String> stdout = linesOf(process);
            String first = stdout.poll(60, TimeUnit.SECONDS);
            assertThat(first).as("first stdout line (stderr: %s)", stderr()).isNotNull();
            Matcher banner = BANNER.matcher(first);
            assertThat(banner.matches()).as("first line '%s' is the banner", first).isTrue();
            assertThat(Integer.parseInt(banner.group(3))).isPositive();

            Reply reply = Http.to(banner.group(2)).number("?fields=verified_name");

            assertThat(reply.status()).as("answer of %s", reply).isEqualTo(200);
            assertThat(reply.json().path("verified_name").asString()).isEqualTo("Acme Support");

            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("exited within 10 s of SIGTERM").isTrue();
            assertThat(process.exitValue()).as("exit code after SIGTERM").isIn(0, 143);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Issue 16, break 5: the banner printed 127.0.0.1 for a server bound to every interface, and nothing warned. */
    @org.junit.jupiter.api.Test
    void boundToEveryInterfaceWithoutAnAdminTokenTheBannerShowsTheBindAndStderrWarns() throws Exception {
        List<String> command = classpathCommand();
        command.addAll(List.of("--port", "0", "--host", "0.0.0.0"));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
        try {
            String first = linesOf(process).poll(60, TimeUnit.SECONDS);
            assertThat(first).as("first stdout line (stderr: %s)", stderr()).isNotNull();
            Matcher banner = Pattern.compile("wamock \\S+ listening on 0\\.0\\.0\\.0:(\\d+) \\(every interface; from this"
                    + " machine: http://127\\.0\\.0\\.1:(\\d+)\\)").matcher(first);
            assertThat(banner.matches()).as("banner '%s'", first).isTrue();
            assertThat(banner.group(2)).isEqualTo(banner.group(1));

            assertThat(stderr()).as("stderr").contains("wamock: WARNING: listening on 0.0.0.0:" + banner.group(1)
                    + ", beyond this machine, with no admin token").contains("--admin-token");
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The image's configuration path: {@code WAMOCK_ADMIN_ALLOWED_HOSTS=*} from the environment lets the Docker host's
     * name reach the admin API, while a page of another origin is still refused.
     */
    @org.junit.jupiter.api.Test
    void theAllowedHostsComeFromTheEnvironmentAsTheImageSetsThem() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(classpathCommand()).redirectError(dir.resolve("stderr.txt").toFile());
        builder.command().addAll(List.of("--port", "0"));
        builder.environment().put("WAMOCK_ADMIN_ALLOWED_HOSTS", "*");
        builder.environment().put("WAMOCK_ADMIN_TOKEN", "fake-admin-token");
        Process process = builder.start();
        try {
            String first = linesOf(process).poll(60, TimeUnit.SECONDS);
            assertThat(first).as("first stdout line (stderr: %s)", stderr()).isNotNull();
            Matcher banner = BANNER.matcher(first);
            assertThat(banner.matches()).as("banner '%s'", first).isTrue();
            int port = Integer.parseInt(banner.group(3));
            String put = "PUT /__wamock/scenario HTTP/1.1\r\nHost: docker:" + port + "\r\nConnection: close\r\n"
                    + "Authorization: Bearer fake-admin-token\r\nContent-Type: application/json\r\n";
            String body = "{\"name\": \"http-500\"}";

            Reply fromTheDockerHost = RawHttp.exchange(port, put + "Content-Length: " + body.length() + "\r\n\r\n" + body);
            Reply fromAPage = RawHttp.exchange(port, put + "Origin: http://docker:" + port + "\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body);

            assertThat(fromTheDockerHost.status()).as("%s", fromTheDockerHost).isEqualTo(200);
            assertThat(fromAPage.status()).as("%s", fromAPage).isEqualTo(403);
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private String stderr() throws IOException {
        return Files.readString(dir.resolve("stderr.txt"));
    }

    private static BlockingQueue<String> linesOf(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "wamock-cli-stdout");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** {@code java -cp <test classpath> WamockCommand}: surefire's real classpath, not its booter jar. */
    private static List<String> classpathCommand() {
        return new ArrayList<>(List.of(java(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.wamock.server.cli.WamockCommand"));
    }

    /** {@code java -jar target/wamock-server.jar}, or {@code null} when that jar is not current. */
    private static List<String> jarCommand() {
        Path module = Path.of(System.getProperty("basedir", "."));
        Path jar = module.resolve("target/wamock-server.jar");
        Path mainClass = module.resolve("target/classes/dev/wamock/server/cli/WamockCommand.class");
        return isCurrent(jar, mainClass) ? new ArrayList<>(List.of(java(), "-jar", jar.toString())) : null;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean isCurrent(Path jar, Path mainClass) {
        try {
            return Files.isRegularFile(jar) && Files.isRegularFile(mainClass)
                    && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(mainClass)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
