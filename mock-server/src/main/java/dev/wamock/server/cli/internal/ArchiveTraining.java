package dev.wamock.server.cli.internal;

import dev.wamock.server.cli.WamockCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The training run of the class-data archive that {@code mvn install} makes next to the server jar
 * (mock-server/pom.xml). It starts the server exactly as {@code java -jar} does, on a free port, sends
 * the requests a first start answers (a 200, a documented error, an unknown route) and exits; the JVM,
 * started with {@code -XX:ArchiveClassesAtExit}, then writes every class it loaded into the archive.
 * Exits 1 with the reason when the server does not answer as expected, so the build stops there.
 * With {@code --check} it only says the archive is usable (the build runs it with {@code -Xshare:on},
 * which refuses to start on an archive it cannot map).
 */
public final class ArchiveTraining {
    private static final String AUTH = "Authorization: Bearer fake-token\r\n";
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--check")) {
            return; // the JVM got this far: the archive maps
        }
        System.setOut(new PrintStream(OutputStream.nullOutputStream())); // the banner: not for the build log
        try {
            int port = freePort();
            Thread server = new Thread(() -> WamockCommand.main(new String[] {"--port", String.valueOf(port)}),
                    "wamock-training-server");
            server.setDaemon(true);
            server.start();
            awaitFirst200(port, server);
            for (Probe probe : List.of(new Probe("/v23.0/106540352242922?fields=id,status,quality_rating", AUTH, 200),
                    new Probe("/v23.0/106540352242922", "", 401), new Probe("/v23.0/999", AUTH, 404),
                    new Probe("/no/such/route", AUTH, 404), new Probe("/__wamock/health", "", 200))) {
                probe.expect(port);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("wamock: the training run of the class-data archive failed: " + e.getMessage()
                    + " (build with -Dwamock.archive.skip to leave the archive out; the server starts without it)");
            Runtime.getRuntime().halt(1);
        }
        System.exit(0); // the server's shutdown hook stops it; the JVM then writes the archive
    }

    private static void awaitFirst200(int port, Thread server) throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        Probe first = new Probe("/v23.0/106540352242922", AUTH, 200);
        while (true) {
            try {
                first.expect(port);
                return;
            } catch (IOException e) {
                if (!server.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IOException("no answer from the server on port " + port + " within "
                            + START_TIMEOUT_MILLIS / 1000 + " s: " + e.getMessage(), e);
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** One GET and the status it must answer. */
    private record Probe(String path, String headers, int status) {
        void expect(int port) throws IOException {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String expected = "HTTP/1.1 " + status + " ";
                if (!response.startsWith(expected)) {
                    throw new IllegalStateException("GET " + path + " expected '" + expected.strip() + "' but got '"
                            + response.lines().findFirst().orElse("") + "'");
                }
            }
        }
    }
}
