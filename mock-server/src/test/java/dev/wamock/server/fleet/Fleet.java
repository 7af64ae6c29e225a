package dev.wamock.server.fleet;

import dev.wamock.state.redis.testing.RedisProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Three wamock JVMs sharing state on one real redis-server, behind a real haproxy round-robin: the fleet a load
 * tester runs (docs/scale-out.md), on loopback, with free ports.
 */
final class Fleet implements AutoCloseable {
    final RedisProcess redis;
    final List<Replica> replicas = new ArrayList<>();
    final Haproxy balancer;

    private Fleet(RedisProcess redis, Path dir, int size) throws Exception {
        this.redis = redis;
        List<Thread> starting = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        Replica[] started = new Replica[size];
        for (int i = 0; i < size; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    started[n] = Replica.start(dir, "r" + (n + 1), "--state", redis.uri());
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            t.start();
            starting.add(t);
        }
        for (Thread t : starting) {
            t.join();
        }
        for (Replica r : started) {
            if (r != null) {
                replicas.add(r);
            }
        }
        if (!failures.isEmpty()) {
            close();
            throw failures.get(0);
        }
        this.balancer = Haproxy.start(dir, replicas.stream().map(Replica::port).toList());
    }

    /** Redis, then {@code size} replicas on it, then haproxy in front of them. */
    static Fleet start(Path dir, int size) throws Exception {
        return new Fleet(RedisProcess.start(), dir, size);
    }

    /** The balancer's URL: what a client under load test is given. */
    String url() {
        return balancer.url();
    }

    @Override
    public void close() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        for (Replica r : replicas) {
            r.close();
        }
        redis.close();
    }
}
