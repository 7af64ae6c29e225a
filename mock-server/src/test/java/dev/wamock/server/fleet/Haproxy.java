package dev.wamock.server.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real haproxy (the Debian package) balancing round-robin over replicas on loopback. Each answer says which
 * replica served it ({@code X-Served-By: r1|r2|r3}); a connection refused by a dead replica is retried on another
 * ({@code option redispatch}), and health checks on {@code /__wamock/health} take a dead one out after three
 * failures in a row, each given 2 s: with one failure of 200 ms (haproxy's default when {@code timeout check} is
 * unset) a single slow answer on a busy machine took every replica out, and the fleet tests got haproxy's own 503s.
 */
final class Haproxy implements AutoCloseable {
    static final String SERVED_BY = "X-Served-By";

    private final dev.wamock.server.deploy.Haproxy process;
    private final int port;

    private Haproxy(dev.wamock.server.deploy.Haproxy process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts haproxy in the foreground in front of {@code replicaPorts} and waits until it answers. */
    static Haproxy start(Path dir, List<Integer> replicaPorts) throws IOException, InterruptedException {
        int port = dev.wamock.server.deploy.Haproxy.freePort();
        StringBuilder cfg = new StringBuilder("""
                global
                  maxconn 4000
                defaults
                  mode http
                  timeout connect 2s
                  timeout client 30s
                  timeout server 30s
                  timeout check 2s
                  retries 3
                  option redispatch
                frontend fleet
                  bind 127.0.0.1:%d
                  default_backend wamock
                backend wamock
                  balance roundrobin
                  option httpchk GET /__wamock/health
                  http-response set-header %s %%s
                """.formatted(port, SERVED_BY));
        for (int i = 0; i < replicaPorts.size(); i++) {
            cfg.append("  server r").append(i + 1).append(" 127.0.0.1:").append(replicaPorts.get(i))
                    .append(" check inter 200ms fall 3 rise 1\n");
        }
        Haproxy haproxy = new Haproxy(dev.wamock.server.deploy.Haproxy.start(cfg.toString(), dir), port);
        haproxy.awaitUp();
        return haproxy;
    }

    private void awaitUp() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url() + "/__wamock/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        close();
        throw new IllegalStateException("haproxy did not answer within 20 s: " + process.log());
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
