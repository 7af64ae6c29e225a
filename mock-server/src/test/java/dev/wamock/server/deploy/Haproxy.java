package dev.wamock.server.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real haproxy (the Debian package; .ci/run installs it) in the foreground on loopback, with a stats page
 * (CSV) to read what its health checks found. Stopped by {@link #close()}.
 */
public final class Haproxy implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int statsPort;
    private final HttpClient client = HttpClient.newHttpClient();

    private Haproxy(Process process, Path log, int statsPort) {
        this.process = process;
        this.log = log;
        this.statsPort = statsPort;
    }

    /** Starts haproxy on {@code config} plus a stats listener; in CI a missing haproxy fails, elsewhere it skips. */
    public static Haproxy start(String config, Path dir) throws IOException {
        String binary = binary();
        int statsPort = freePort();
        Path cfg = dir.resolve("haproxy.cfg");
        Files.writeString(cfg, config + "\nlisten stats\n    bind 127.0.0.1:" + statsPort
                + "\n    stats enable\n    stats uri /stats\n");
        Path log = dir.resolve("haproxy.log");
        Process process = new ProcessBuilder(binary, "-db", "-f", cfg.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Haproxy(process, log, statsPort);
    }

    /** The {@code status} and {@code check_status} haproxy reports for each server of {@code backend}, by name. */
    Map<String, List<String>> servers(String backend) throws Exception {
        String csv = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + statsPort + "/stats;csv")).build(), BodyHandlers.ofString()).body();
        String[] lines = csv.split("\n");
        List<String> header = Arrays.asList(lines[0].replaceFirst("^# ", "").split(","));
        Map<String, List<String>> servers = new HashMap<>();
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            String[] f = line.split(",", -1);
            if (f[0].equals(backend) && !f[1].equals("BACKEND") && !f[1].equals("FRONTEND")) {
                servers.put(f[1], List.of(f[header.indexOf("status")], f[header.indexOf("check_status")]));
            }
        }
        return servers;
    }

    /** What haproxy printed, for failure messages. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The haproxy binary (PATH, /usr/sbin, /sbin); in CI a missing one fails the test, elsewhere it skips. */
    public static String binary() {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "haproxy");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = "haproxy is not installed (searched PATH, /usr/sbin, /sbin); install the Debian package:"
                + " apt-get install -y haproxy (.ci/run does)";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        Assumptions.abort(message);
        throw new IllegalStateException(message);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
