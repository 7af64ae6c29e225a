package dev.wamock.server.cli;

import dev.wamock.server.WamockServer;
import dev.wamock.server.internal.jetty.LoopbackGet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The training run of the class-data archive that {@code mvn package} makes next to the server jar
 * (mock-server/pom.xml). It makes {@link Main}'s choice whether to relaunch, starts the server as
 * {@code java -jar} does, on a free port, sends the requests a first start answers (a 200, documented
 * errors, an unknown route, the health check), then starts a server with HTTPS in proxy mode and sends
 * one request through its tunnel, and exits; the JVM, started with {@code -XX:ArchiveClassesAtExit},
 * then writes every class it loaded into the archive. Any HTTP answer will do (WAMOCK_* variables of
 * the build's shell reach the server and may change them); no answer, or a server that does not start,
 * exits 1 with the reason, so the build stops there. With {@code --check} it does nothing: the build
 * runs that with {@code -Xshare:on}, which refuses to start on an archive it cannot map.
 */
final class ArchiveTraining {
    private static final String AUTH = "Authorization: Bearer fake-token\r\n";
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--check")) {
            return; // the JVM got this far: the archive maps
        }
        PrintStream err = System.err;
        // Main's choice, whether to relaunch with a heap cap (here it would; only the choice is made)
        ParentWatch.startIfRelaunched();
        Relaunch.childCommand("--port", "0");
        System.setOut(new PrintStream(OutputStream.nullOutputStream())); // the banner: not for the build log
        try {
            int port = freePort();
            Thread server = new Thread(() -> {
                int exit = WamockCommand.run("--port", String.valueOf(port));
                if (exit != 0) { // 0: stopped by the exit below
                    fail(err, "the server did not start (exit code " + exit + "; its reason is above)");
                }
            }, "wamock-training-server");
            server.setDaemon(true);
            server.start();
            awaitFirstAnswer(port, server);
            for (LoopbackGet request : List.of(new LoopbackGet("/v23.0/106540352242922?fields=id,status,quality_rating",
                    AUTH), new LoopbackGet("/v23.0/106540352242922", ""), new LoopbackGet("/v23.0/999", AUTH),
                    new LoopbackGet("/no/such/route", AUTH), new LoopbackGet("/__wamock/health", ""))) {
                request.send(port);
            }
            trainHttps();
        } catch (IOException | RuntimeException e) {
            fail(err, e.getMessage());
        }
        System.exit(0); // the server's shutdown hook stops it; the JVM then writes the archive
    }

    /**
     * What a start with {@code --https-port} or {@code --proxy} loads: the certificates (BouncyCastle, the JDK's EC
     * provider), the TLS server and one request through the proxy's tunnel. Archived, those starts map them too; a
     * start without HTTPS loads none of them (archived classes load only when asked for).
     */
    private static void trainHttps() throws IOException {
        try (WamockServer https = WamockServer.builder().proxy().start()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("https://graph.facebook.com/v23.0/106540352242922"))
                    .header("Authorization", "Bearer fake-token").build();
            https.httpClient().send(request, HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during the HTTPS request", e);
        }
    }

    private static void fail(PrintStream err, String reason) {
        err.println("wamock: the training run of the class-data archive failed: " + reason
                + " (build with -Dwamock.archive.skip to leave the archive out; the server starts without it)");
        Runtime.getRuntime().halt(1);
    }

    private static void awaitFirstAnswer(int port, Thread server) throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        LoopbackGet first = new LoopbackGet("/v23.0/106540352242922", AUTH);
        while (true) {
            try {
                first.send(port);
                return;
            } catch (IOException e) {
                if (!server.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IOException("no answer from the server on port " + port + " within "
                            + START_TIMEOUT_MILLIS / 1000 + " s: " + e.getMessage(), e);
                }
                pause();
            }
        }
    }

    private static void pause() {
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
}
