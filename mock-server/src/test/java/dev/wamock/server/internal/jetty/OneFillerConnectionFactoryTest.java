package dev.wamock.server.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reliability bug 19: Jetty 12.1 could run a connection's {@code onFillable()} on two threads at once (a rejected
 * request's answer resumes the connection while the thread that parsed it is still inside), and the two then release
 * one pooled buffer twice. Here the second call is made by hand, as Jetty's {@code resume()} makes it, while the first
 * is held inside the handler: it must wait until the first has answered and returned. (What it then finds, nothing to
 * read and a read already asked for, ends the connection: a second filler is never a normal event, and in the race it
 * comes after a rejected request whose connection is ending anyway.)
 */
class OneFillerConnectionFactoryTest {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private Server server;
    private ServerConnector connector;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        connector = new ServerConnector(server, new OneFillerConnectionFactory(new HttpConfiguration()));
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new Holding());
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        server.stop();
    }

    @Test
    void aSecondFillerWaitsUntilTheFirstHasAnsweredAndReturned() throws Exception {
        try (RawConnection client = RawHttp.connect(connector.getLocalPort())) {
            client.write(RawHttp.request("GET", "/hold", null));
            assertThat(entered.await(10, TimeUnit.SECONDS)).as("the request reached the handler").isTrue();
            EndPoint endPoint = connector.getConnectedEndPoints().iterator().next();
            Thread second = new Thread((Runnable) endPoint.getConnection(), "second-filler");
            second.start();

            second.join(300);
            assertThat(second.isAlive()).as("a second onFillable() while the first is inside the handler waits for"
                    + " it (Jetty's own connection lets it run, and release the request buffer the first one holds)")
                    .isTrue();

            release.countDown();
            assertThat(client.read("GET").body()).as("the held request's answer").isEqualTo("hold");
            second.join(10_000);
            assertThat(second.isAlive()).as("the second filler, once the first returned").isFalse();
        }
    }

    /** Answers with the request's path (no slash) once {@link #release} opens, on the thread that parsed it. */
    private final class Holding extends Handler.Abstract {
        Holding() {
            super(InvocationType.NON_BLOCKING); // Jetty may call it on the thread that parsed the request
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            String path = Request.getPathInContext(request);
            response.write(true, ByteBuffer.wrap(path.substring(1).getBytes(StandardCharsets.US_ASCII)), callback);
            return true;
        }
    }
}
