package dev.wamock.server.fleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One wamock JVM, started as a user starts it (the CLI on port 0) with the given arguments; closing kills it. */
final class Replica implements AutoCloseable {
    private static final Pattern BANNER = Pattern.compile("wamock \\S+ listening on (http://127\\.0\\.0\\.1:(\\d+))");

    private final Process process;
    private final Path stderr;
    private final String url;
    private final int port;

    private Replica(Process process, Path stderr, String url, int port) {
        this.process = process;
        this.stderr = stderr;
        this.url = url;
        this.port = port;
    }

    /** Starts {@code dev.wamock.server.cli.WamockCommand --port 0 args…} and waits (60 s at most) for its banner. */
    static Replica start(Path dir, String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.wamock.server.cli.WamockCommand", "--port", "0"));
        command.addAll(List.of(args));
        Path err = dir.resolve(name + "-stderr.txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = BANNER.matcher(line);
            if (m.matches()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), name + "-stdout");
                drain.setDaemon(true);
                drain.start();
                return new Replica(p, err, m.group(1), Integer.parseInt(m.group(2)));
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException(name + " printed no banner; stderr: " + Files.readString(err));
    }

    String url() {
        return url;
    }

    int port() {
        return port;
    }

    /** What the replica wrote on stderr so far. */
    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** Kills the JVM at once, as a crashed pod ends (no drain). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
