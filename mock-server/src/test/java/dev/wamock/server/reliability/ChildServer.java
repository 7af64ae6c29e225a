package dev.wamock.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
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

/**
 * The CLI as a user starts it, in a JVM of its own: {@code java -cp <test classpath> WamockCommand
 * --port 0 …}, its port read from the banner. Closed by {@link #close()} with SIGKILL if still running.
 */
final class ChildServer implements AutoCloseable {
    private static final Pattern BANNER = Pattern.compile("wamock \\S+ listening on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path stderr;
    private final int port;

    private ChildServer(Process process, Path stderr, int port) {
        this.process = process;
        this.stderr = stderr;
        this.port = port;
    }

    /** Starts {@code WamockCommand --port 0 args…} and waits for its banner (60 s at most). */
    static ChildServer start(Path dir, String... args) throws IOException, InterruptedException {
        return startWithHeap(dir, "256m", args);
    }

    /** {@link #start(Path, String...)} in a JVM whose heap is at most {@code maxHeap} ({@code -Xmx}). */
    static ChildServer startWithHeap(Path dir, String maxHeap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.wamock.server.cli.WamockCommand", "--port", "0"));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process ended
            }
        }, "wamock-child-stdout");
        reader.setDaemon(true);
        reader.start();
        String first = lines.poll(60, TimeUnit.SECONDS);
        Matcher banner = first == null ? null : BANNER.matcher(first);
        if (banner == null || !banner.find()) {
            process.destroyForcibly();
            throw new IllegalStateException("no banner from the CLI but '" + first + "'; stderr: " + Files.readString(stderr));
        }
        return new ChildServer(process, stderr, Integer.parseInt(banner.group(1)));
    }

    int port() {
        return port;
    }

    Process process() {
        return process;
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** SIGTERM, then the exit code (fails the test if it takes longer than {@code seconds}). */
    int terminate(int seconds) throws InterruptedException, IOException {
        process.destroy();
        assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("exited within %d s of SIGTERM; stderr: %s", seconds,
                stderr()).isTrue();
        return process.exitValue();
    }

    /** The request total the server's journal counts (arrivals, answered or not). */
    long journalTotal() throws IOException {
        try (RawConnection c = RawHttp.connect(port)) {
            return c.send(RawHttp.request("GET", "/__wamock/journal?since=" + Integer.MAX_VALUE, null)).json()
                    .path("total").asLong();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
