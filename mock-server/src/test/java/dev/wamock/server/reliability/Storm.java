package dev.wamock.server.reliability;

import dev.wamock.server.testing.RawHttp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** {@value #THREADS} threads sending one request on fresh connections, back to back, until stopped. */
final class Storm {
    static final int THREADS = 16;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<RawHttp.Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads;

    Storm(int port, String request) {
        threads = IntStream.range(0, THREADS).mapToObj(i -> {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    outcomes.add(RawHttp.once(port, request, 5_000));
                }
            }, "storm-" + i);
            t.start();
            return t;
        }).toList();
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(15_000);
        }
    }

    long count() {
        return outcomes.size();
    }

    Map<RawHttp.Kind, Long> kinds() {
        return outcomes.stream().collect(Collectors.groupingBy(RawHttp.Outcome::kind, () -> new EnumMap<>(RawHttp.Kind.class),
                Collectors.counting()));
    }

    List<Integer> statuses() {
        return outcomes.stream().filter(o -> o.reply() != null).map(o -> o.reply().status()).distinct().toList();
    }

    /** How the connections that got no answer ended. */
    Map<String, Long> unanswered() {
        return outcomes.stream().filter(o -> o.kind() == RawHttp.Kind.CLOSED_UNANSWERED)
                .collect(Collectors.groupingBy(RawHttp.Outcome::detail, Collectors.counting()));
    }
}
