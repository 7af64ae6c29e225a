package dev.wamock.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/compose/haproxy.cfg, as written, run by a real haproxy in front of three in-process servers (in memory: the
 * Redis side is the fleet tests' job): the replica names become their loopback addresses, nothing else changes.
 */
class HaproxyConfigTest {
    private static final String NUMBER = "/v23.0/106540352242922";
    private final List<WamockServer> replicas = new ArrayList<>();
    private Haproxy haproxy;
    private String base;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        String config = DeployFiles.read(DeployFiles.HAPROXY);
        for (DeployFiles.HaproxyServer server : DeployFiles.haproxyServers(config)) {
            WamockServer replica = WamockServer.builder().port(0).start();
            replicas.add(replica);
            config = config.replace(" " + server.host() + ":" + server.port() + " ", " 127.0.0.1:" + replica.port() + " ");
        }
        int port = Haproxy.freePort();
        haproxy = Haproxy.start(config.replace("bind :8080", "bind 127.0.0.1:" + port), dir);
        base = "http://127.0.0.1:" + port;
        await("haproxy answers", () -> get("/__wamock/health") == 200);
    }

    @AfterEach
    void stop() {
        if (haproxy != null) {
            haproxy.close();
        }
        replicas.forEach(WamockServer::close);
    }

    @Test
    void itHealthChecksEveryReplicaAndSpreadsOneConnectionsRequestsOverAllThree() throws Exception {
        await("every replica's health check passes", () -> haproxy.servers("wamock").values().stream()
                .filter(s -> s.equals(List.of("UP", "L7OK"))).count() == 3);

        for (int i = 0; i < 6; i++) {
            assertThat(get(NUMBER)).isEqualTo(200);
        }

        await("6 journal entries", () -> answered(0) + answered(1) + answered(2) >= 6);
        assertThat(List.of(answered(0), answered(1), answered(2))).containsExactly(2L, 2L, 2L);
    }

    @Test
    void anAdminCallThroughTheBalancerPassesTheHostRulesAndReachesOneReplicaWithoutRedis() throws Exception {
        Reply response = Http.to(base).admin("POST", "/scenario", "{\"name\": \"http-500\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(replicas).filteredOn(r -> r.progress() != null).hasSize(1);
    }

    @Test
    void aStoppedReplicaIsTakenOutAndTheOthersAnswerEveryRequest() throws Exception {
        replicas.get(1).close();
        await("haproxy marks wamock-2 down", () -> haproxy.servers("wamock").get("wamock-2").get(0).startsWith("DOWN"));

        for (int i = 0; i < 6; i++) {
            assertThat(get(NUMBER)).isEqualTo(200);
        }

        await("6 journal entries", () -> answered(0) + answered(2) >= 6);
        assertThat(answered(0) + answered(2)).isEqualTo(6);
    }

    private long answered(int replica) {
        return replicas.get(replica).journal().total();
    }

    private int get(String path) {
        return Http.to(base).graph(path).status();
    }

    private void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        String stats = String.valueOf(haproxy.servers("wamock"));
        haproxy.close(); // its log is complete once it stopped
        throw new AssertionError("waited 30 s for: " + what + "; haproxy's stats: " + stats + "; its log:\n"
                + haproxy.log(), last);
    }
}
