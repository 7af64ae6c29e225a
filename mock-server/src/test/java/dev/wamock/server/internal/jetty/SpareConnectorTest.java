package dev.wamock.server.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Once a server on a free port has closed, the JVM keeps one connector listening for the next such server, which then
 * starts on it; a close still returns with its port closed and its connections ended, though its connector's threads
 * stop afterwards on the pool.
 */
class SpareConnectorTest {

    @Test
    @Timeout(30)
    void theNextServerOnAFreePortStartsOnTheConnectorMadeWhenTheLastOneClosed() throws Exception {
        WamockServer.start().close();
        int spare = awaitSpare();

        try (WamockServer next = WamockServer.start()) {
            assertThat(next.port()).as("the next server's port").isEqualTo(spare);
            assertThat(Http.to(next).number().status()).isEqualTo(200);
            assertThat(next.journal().size()).isEqualTo(1);
        }
    }

    @Test
    @Timeout(30)
    void aServerOnAPortOfItsOwnLeavesTheSpareForTheNext() throws Exception {
        WamockServer.start().close();
        int spare = awaitSpare();
        int fixed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            fixed = probe.getLocalPort();
        }

        try (WamockServer own = WamockServer.builder().port(fixed).start()) {
            assertThat(own.port()).isEqualTo(fixed);
            assertThat(Http.to(own).number().status()).isEqualTo(200);
            assertThat(SharedJetty.get().spare().readyPort()).as("the spare, left alone").isEqualTo(spare);
        }
    }

    @Test
    @Timeout(30)
    void closeReturnsWithThePortClosedAndAKeptAliveConnectionEnded() throws IOException {
        WamockServer server = WamockServer.start();
        try (RawConnection kept = RawHttp.connect(server.port())) {
            assertThat(kept.send(RawHttp.get(RawHttp.ENDPOINT, RawHttp.AUTH)).status()).isEqualTo(200);

            server.close();

            assertThat(kept.in().read()).as("the kept-alive connection, read after close()").isEqualTo(-1);
            assertThat(RawHttp.listens(server.baseUrl())).as("the closed server's port").isFalse();
        }
    }

    /** The port of the spare connector once one is ready (it is made on a thread of the pool). */
    private static int awaitSpare() throws InterruptedException {
        while (SharedJetty.get().spare().readyPort() == -1) {
            Thread.sleep(5);
        }
        return SharedJetty.get().spare().readyPort();
    }
}
