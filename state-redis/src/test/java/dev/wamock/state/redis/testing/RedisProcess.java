package dev.wamock.state.redis.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@code redis-server} of a test's own: loopback only, on a free port, no persistence, in a temporary directory.
 * It can be stopped and started again on the same port (a Redis restart loses everything, as one without
 * persistence does), and it is stopped on {@link #close()} or when the JVM exits. A machine without
 * {@code redis-server} fails the test, saying how to install it: a test of the Redis store is never skipped.
 */
public final class RedisProcess implements AutoCloseable {
    private static final List<String> DIRS = List.of("/usr/bin", "/usr/sbin", "/usr/local/bin", "/opt/homebrew/bin");

    private final Path binary;
    private final Path dir;
    private final int port;
    private final List<String> options;
    private final Thread onExit = new Thread(this::kill, "redis-server-stop");
    private Process process;

    private RedisProcess(Path binary, Path dir, int port, List<String> options) {
        this.binary = binary;
        this.dir = dir;
        this.port = port;
        this.options = options;
    }

    /**
     * Starts a {@code redis-server} on a free loopback port and waits until it answers PING (or, with
     * {@code --requirepass}, asks for a password).
     *
     * @param options more {@code redis-server} options, e.g. {@code "--requirepass", "fake-secret"}
     */
    public static RedisProcess start(String... options) throws IOException {
        RedisProcess redis = new RedisProcess(binary(), Files.createTempDirectory("wamock-redis"), freePort(),
                List.of(options));
        Runtime.getRuntime().addShutdownHook(redis.onExit);
        redis.restart();
        return redis;
    }

    /** The server's port. */
    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:<port>}. */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts the server again on the same port after {@link #stop()}: empty, as after a real restart. */
    public synchronized void restart() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        Path log = dir.resolve("redis.log");
        List<String> command = new java.util.ArrayList<>(List.of(binary.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()));
        command.addAll(options);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!answersPing()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                kill();
                throw new IOException("redis-server on port " + port + " did not answer PING within 20 s; its log:\n"
                        + Files.readString(log));
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for redis-server", e);
            }
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 10 s); its data is gone. */
    public synchronized void stop() {
        kill();
    }

    /** Freezes the server (SIGSTOP): connections stay open and nothing answers, as with a hung Redis. */
    public synchronized void pause() throws IOException {
        signal("-STOP");
    }

    /** Lets a {@link #pause() frozen} server run again (SIGCONT), its data intact. */
    public synchronized void resume() throws IOException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException {
        try {
            int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IOException("kill " + signal + " " + process.pid() + " exited with " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while signalling redis-server", e);
        }
    }

    /** Whether it answers PING now (or asks for the password it was started with). */
    public boolean answersPing() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            s.setSoTimeout(1_000);
            OutputStream out = s.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String reply = new String(in.readNBytes(7), StandardCharsets.US_ASCII);
            return reply.equals("+PONG\r\n") || reply.startsWith("-NOAUTH");
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server and deletes its directory. */
    @Override
    public synchronized void close() throws IOException {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException exiting) {
            // the JVM is exiting: the hook runs anyway
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        if (!p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            new ProcessBuilder("kill", "-CONT", Long.toString(p.pid())).start().waitFor(); // a paused one cannot stop
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            p.destroyForcibly();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path binary() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(java.io.File.pathSeparator)), DIRS.stream())
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "redis-server")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("redis-server not found: apt-get install redis-server"
                        + " (the Redis store's tests start their own; searched PATH and " + DIRS + ")"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
