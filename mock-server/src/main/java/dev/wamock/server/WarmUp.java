package dev.wamock.server;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.internal.jetty.LoopbackGet;
import dev.wamock.server.internal.jetty.MountedServer;
import dev.wamock.server.internal.jetty.OneFillerConnectionFactory;
import dev.wamock.server.internal.jetty.SharedJetty;
import dev.wamock.server.internal.state.ServerState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.LocalConnector;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Makes a JVM's first {@link WamockServer} start as fast as the later ones, by loading ahead of it what it needs: a
 * first server spends most of its start loading classes. The two parts share nothing, so they can run at once on
 * threads of their own (the JUnit extension runs them while JUnit discovers the tests; the CLI runs {@link #data()},
 * then {@link #requestPath()}, while it parses its command line). Each part is safe to call from any thread, at the same time as the other or as
 * a server starting, and more than once (a later call costs little). Neither leaves a server running or a thread of
 * its own: what stays is the JVM's one Jetty server, which every {@link WamockServer} shares and the first one would
 * start anyway (its idle daemon threads {@code wamock-<n>} and {@code wamock-scheduler-1}), and, since
 * {@link #server()} closes a server on a free port, the one spare loopback port such a close leaves listening for the
 * next server on a free port (which then starts on it without binding or starting threads of its own).
 *
 * <pre>
 * new Thread(WarmUp::data).start();
 * new Thread(WarmUp::server).start();
 * </pre>
 */
public final class WarmUp {
    private WarmUp() {
    }

    /**
     * Loads the data every server needs: the default numbers ({@link Fixtures#defaults()}), the built-in scenarios
     * read from the bundled contract, and Jackson's JSON writer. Opens nothing.
     *
     * @throws RuntimeException what the first server would throw, should the bundled data not load
     */
    public static void data() {
        Fixtures.defaults();
        BuiltInScenarios.all();
        Mappers.JSON.writeValueAsBytes(JsonNodeFactory.instance.objectNode().put("id", "0"));
    }

    /** The request {@link #requestPath()} sends, as the in-memory connector takes it. */
    private static final String LOCAL_GET = "GET /v23.0/106540352242922 HTTP/1.1\r\nHost: localhost\r\n"
            + "Authorization: Bearer warm-up-fake-token\r\nConnection: close\r\n\r\n";
    private static final long LOCAL_ANSWER_SECONDS = 30;

    /**
     * Loads the request path without opening a port: the JVM's one Jetty server (as
     * {@link #server()} does), then one request for a number, answered by a default server mounted on an in-memory
     * connector (Jetty's {@link LocalConnector}), which is then removed with that server's state. What the CLI runs
     * on a second core while it parses its command line, so that the server it then starts has nothing left to load
     * but its own port.
     *
     * @throws IllegalStateException when that request is not answered with a 200 (the server could not answer its own
     *                               default number)
     */
    public static void requestPath() {
        SharedJetty jetty = SharedJetty.get();
        ServerState state = new ServerState(ServerOptions.defaults());
        LocalConnector local = new LocalConnector(jetty.server(),
                new OneFillerConnectionFactory(jetty.httpConfiguration()));
        try {
            jetty.add(local, MountedServer.of(state));
            String answer = local.getResponse(LOCAL_GET, LOCAL_ANSWER_SECONDS, TimeUnit.SECONDS);
            if (answer == null || !answer.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException("wamock's warm-up request for its default number was answered with "
                        + (answer == null ? "nothing" : answer.lines().findFirst().orElse(""))
                        + " instead of a 200: the server cannot answer it (a bug of wamock's; please report it)");
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("wamock's warm-up request failed: " + e, e);
        } finally {
            jetty.remove(local);
            state.store().close();
        }
    }

    /**
     * Loads the request path: first the JVM's one Jetty server, which every server uses (Jetty's classes, no port;
     * Javalin's routes, which the endpoint's own requests do not need, are built when a request first needs them),
     * then starts a default server on a free loopback port, asks it for a number once
     * over a plain socket, and closes it.
     *
     * @throws ServerStartException when that server cannot start
     * @throws UncheckedIOException when it gives no HTTP answer
     */
    public static void server() {
        SharedJetty.get();
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            new LoopbackGet("/v23.0/106540352242922", "Authorization: Bearer warm-up-fake-token\r\n")
                    .send(server.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
