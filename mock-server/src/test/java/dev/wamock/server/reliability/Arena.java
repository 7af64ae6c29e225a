package dev.wamock.server.reliability;

import dev.wamock.server.WamockServer;

/**
 * A server on 127.0.0.1 set up for one attack: its log captured, the JVM warmed up on it, a normal client's
 * latency measured just before the attack (the baseline the stress suite judges against), its journal then
 * emptied. Closing it closes the server.
 */
final class Arena implements AutoCloseable {
    final ServerLog log;
    final WamockServer server;
    final int port;
    final Latency.Stats baseline;

    private Arena(ServerLog log, WamockServer server) {
        this.log = log;
        this.server = server;
        this.port = server.port();
        Latency.measure(port, 100); // warm up: class loading and JIT before any baseline
        this.baseline = Latency.measure(port, Latency.BASELINE_REQUESTS);
        server.reset();
    }

    static Arena start(WamockServer.Builder builder) {
        ServerLog log = ServerLog.capture();
        try {
            return new Arena(log, builder.start());
        } catch (RuntimeException | Error e) {
            log.close();
            throw e;
        }
    }

    /** What the attack came to: {@code requests} hostile requests or connections, the normal client {@code during}. */
    Attacked attacked(long requests, Latency.Stats during) {
        return new Attacked(requests, baseline, during);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            log.close();
        }
    }
}
