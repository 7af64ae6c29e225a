package dev.wamock.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each warm-up part runs on its own and leaves nothing behind: no server, no port, no thread. */
class WarmUpTest {

    @Test
    void theDataAndHttpPartsRunWithoutAServer() {
        int before = SharedJetty.mounted();

        WarmUp.data();
        WarmUp.http();

        assertThat(SharedJetty.mounted()).as("servers mounted").isEqualTo(before);
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
