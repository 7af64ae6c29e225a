package dev.wamock.server.reliability;

import static dev.wamock.server.testing.RawHttp.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;

/**
 * 2 000 keep-alive connections that each sent one request and then went quiet: normal clients do not
 * notice them, and the server closes each after Jetty's idle timeout (30 s, the connector default that
 * wamock does not change), so idle clients cannot pile up for ever. Needs {@code ulimit -n} ≥ 5 000.
 * An attack of the stress suite only ({@link HostileSuiteTest}): what it proves is a time (the idle timeout).
 */
final class IdleConnections {
    static final int CONNECTIONS = 2_000;
    /** Jetty 12's ServerConnector default; Routes.configure does not set it. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    private IdleConnections() {
    }

    /** {@value #CONNECTIONS} idle keep-alive connections, each closed by the server 29–40 s after its answer. */
    static Attacked attack() throws Exception {
        FileDescriptors.require(5_000, "2 000 client and 2 000 server sockets in one JVM");
        try (Arena arena = Arena.start(WamockServer.builder()); Selector selector = Selector.open()) {
            WamockServer server = arena.server;
            int port = arena.port;
            Latency.Stats baseline = arena.baseline;

            long[] lastActive = new long[CONNECTIONS];
            List<SocketChannel> idle = new ArrayList<>();
            try {
                for (int i = 0; i < CONNECTIONS; i++) {
                    idle.add(oneRequestThenQuiet(port, selector, i));
                    lastActive[i] = System.nanoTime();
                }
                Latency.Probe probe = new Latency.Probe(port);
                Latency.Stats during = probe.stop();

                Latency.assertAnswered(during, CONNECTIONS + " idle keep-alive connections");
                assertThat(selector.selectNow()).as("idle connections the server closed before its idle timeout").isZero();
                assertThat(server.journal().total()).isEqualTo(CONNECTIONS + (long) during.requests());

                LongSummaryStatistics idleMillis = awaitClosedByServer(selector, lastActive);
                assertThat(idleMillis.getCount()).as("idle connections closed by the server").isEqualTo(CONNECTIONS);
                assertThat(idleMillis.getMin()).as("shortest idle time before the server closed a connection (ms)")
                        .isGreaterThanOrEqualTo(IDLE_TIMEOUT.toMillis() - 1_000);
                assertThat(idleMillis.getMax()).as("longest idle time before the server closed a connection (ms)")
                        .isLessThan(IDLE_TIMEOUT.toMillis() + 10_000);
                System.out.printf("%d idle connections: normal clients %s (before: %s); closed by the server after"
                        + " %d–%d ms idle%n", CONNECTIONS, during, baseline, idleMillis.getMin(), idleMillis.getMax());
                assertThat(arena.log.errors()).as("errors logged").isEmpty();
                return arena.attacked(CONNECTIONS, during);
            } finally {
                for (SocketChannel channel : idle) {
                    channel.close();
                }
            }
        }
    }

    /** Connects, sends one keep-alive GET, reads its whole answer, then registers the silent channel for EOF. */
    private static SocketChannel oneRequestThenQuiet(int port, Selector selector, int index) throws IOException {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        channel.write(ByteBuffer.wrap(RawHttp.get(ENDPOINT).getBytes(StandardCharsets.ISO_8859_1)));
        Reply answer = RawHttp.read(new BufferedInputStream(Channels.newInputStream(channel)), "GET");
        assertThat(answer.status()).as("answer on idle connection %d", index).isEqualTo(200);
        assertThat(answer.closes()).as("the server keeps connection %d alive", index).isFalse();
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ, index);
        return channel;
    }

    /** Waits for an EOF on every channel; the idle time of each, in ms, from its answer to its close. */
    private static LongSummaryStatistics awaitClosedByServer(Selector selector, long[] lastActive) throws IOException {
        LongSummaryStatistics idleMillis = new LongSummaryStatistics();
        long deadline = System.nanoTime() + IDLE_TIMEOUT.plusSeconds(30).toNanos();
        ByteBuffer sink = ByteBuffer.allocate(256);
        while (!selector.keys().isEmpty() && System.nanoTime() < deadline) {
            selector.select(1_000);
            for (SelectionKey key : selector.selectedKeys()) {
                SocketChannel channel = (SocketChannel) key.channel();
                sink.clear();
                int read;
                try {
                    read = channel.read(sink);
                } catch (IOException reset) {
                    read = -1;
                }
                assertThat(read).as("bytes the server sent on an idle connection").isNotPositive();
                if (read < 0) {
                    int index = (Integer) key.attachment();
                    idleMillis.accept((System.nanoTime() - lastActive[index]) / 1_000_000);
                    key.cancel();
                    channel.close();
                }
            }
            selector.selectedKeys().clear();
        }
        return idleMillis;
    }
}
