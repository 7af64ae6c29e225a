package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.internal.jetty.SharedJetty;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.NetworkConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each warm-up part runs on its own, on any thread and at the same time as the other, and leaves nothing behind: no
 * server, no port, no thread.
 */
class WarmUpTest {

    @Test
    void theDataPartStartsNoServer() {
        int before = SharedJetty.mounted();

        WarmUp.data();

        assertThat(SharedJetty.mounted()).as("servers mounted").isEqualTo(before);
    }

    @Test
    @Timeout(60)
    void bothPartsRunAtOnceOnThreadsOfTheirOwnAndAgain() throws Exception {
        int before = SharedJetty.mounted();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (Runnable part : List.<Runnable>of(WarmUp::data, WarmUp::server, WarmUp::requestPath, WarmUp::data, WarmUp::server,
                WarmUp::requestPath)) {
            Thread thread = new Thread(part, "warm-up-test");
            thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).as("failures of the parts").isEmpty();
        assertThat(SharedJetty.mounted()).as("servers mounted").isEqualTo(before);
    }

    @Test
    void theRequestPathPartAnswersOnAnInMemoryConnectorAndLeavesNoConnectorNorServer() {
        try (WamockServer other = WamockServer.builder().port(0).start()) {
            int mountedBefore = SharedJetty.mounted();
            List<Connector> connectorsBefore = List.of(SharedJetty.get().server().getConnectors());

            WarmUp.requestPath(); // throws unless its request was answered with a 200

            // the warm-up's own connector is a LocalConnector; the others may come and go meanwhile (a closed server's
            // connector removed on the pool, a spare made there), so only the open ones of before must still be there
            assertThat(SharedJetty.mounted()).as("servers mounted").isEqualTo(mountedBefore);
            assertThat(SharedJetty.get().server().getConnectors()).as("the shared server's connectors")
                    .noneMatch(c -> c instanceof LocalConnector)
                    .containsAll(connectorsBefore.stream()
                            .filter(c -> c instanceof NetworkConnector n && n.isOpen()).toList());
            assertThat(other.journal().size()).as("another server's journal").isZero();
        }
    }

    @Test
    void theServerPartClosesItsServerAndKeepsNoThreadOfItsOwn() {
        try (WamockServer other = WamockServer.builder().port(0).start()) {
            int before = SharedJetty.mounted();
            Set<String> threadsBefore = threadNames();

            WarmUp.server();

            assertThat(SharedJetty.mounted()).as("servers mounted").isEqualTo(before);
            assertThat(threadNames()).as("threads not of the shared pool").filteredOn(n -> !n.startsWith("wamock-"))
                    .isSubsetOf(threadsBefore);
            assertThat(other.journal().size()).as("another server's journal").isZero();
        }
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }
}
