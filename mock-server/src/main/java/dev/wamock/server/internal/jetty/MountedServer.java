package dev.wamock.server.internal.jetty;

import dev.wamock.server.internal.admin.AdminHosts;
import dev.wamock.server.internal.https.HttpsEndpoint;
import dev.wamock.server.internal.proxy.ProxyRule;
import dev.wamock.server.internal.state.ServerState;
import dev.wamock.server.internal.state.SessionPaths;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One wamock server mounted on the {@link SharedJetty}: its own connector (and HTTPS listener, when on), and its own
 * {@link ServerState} and {@link ServerHandlers} that the shared routes act on for the requests of that connector.
 * What a {@code WamockServer} runs on: {@link #start()} binds the port; {@link #shutdown(java.time.Duration)} refuses
 * new connections; {@link #stop()} closes the port and every connection still open on it.
 */
public final class MountedServer {
    private final ServerHandlers handlers;
    private final SharedJetty jetty;
    /** The HTTP connector, set by {@link #start()}: the spare one when this server may take it, else its own. */
    private volatile ServerConnector connector;
    private final ServingThreads serving = new ServingThreads();
    private boolean started;
    private volatile int port = -1;
    private volatile java.net.InetSocketAddress address;
    /** The HTTPS listener when the options ask for one, set by {@link #start()}; null otherwise. */
    private volatile HttpsEndpoint https;
    /** Set in proxy mode once HTTPS listens: what the HTTP connector does with the host a request names. */
    private volatile ProxyRule proxyRule;

    private MountedServer(ServerState state) {
        this.jetty = SharedJetty.get(); // first: its class tells Jetty the reference size before any Jetty class loads
        this.handlers = new ServerHandlers(state);
    }

    /** A server acting on {@code state}, not listening yet. */
    public static MountedServer of(ServerState state) {
        return new MountedServer(state);
    }

    /**
     * Opens the port (and first the HTTPS one, so whoever sees the server up, e.g. a health check, finds HTTPS up
     * too); throws what Jetty throws when one cannot be bound, and {@link #stop()} then closes what was opened.
     */
    public synchronized void start() throws Exception {
        dev.wamock.server.ServerOptions options = handlers.state.options();
        started = true;
        if (options.https() != null) {
            https = HttpsEndpoint.prepare(jetty, options); // a keystore that cannot be used fails before any port is bound
            https.listen(jetty, this);
            handlers.state.https(https);
            if (options.https().proxy()) {
                proxyRule = new ProxyRule(new AdminHosts(options.host(), options.adminAllowedHosts()), https);
            }
        }
        ServerConnector spare = takesSpare(options) ? jetty.spare().take(options.host()) : null;
        connector = spare != null ? spare : ownConnector(options);
        jetty.add(connector, this);
        port = connector.getLocalPort();
        address = (java.net.InetSocketAddress) ((java.nio.channels.ServerSocketChannel) connector.getTransport())
                .getLocalAddress();
        if (proxyRule != null) {
            https.proxyAt(reachable(address));
        }
    }

    /** A server on a free port with a plain HTTP connector, which the {@link SpareConnector} serves. */
    private static boolean takesSpare(dev.wamock.server.ServerOptions options) {
        return options.port() == 0 && (options.https() == null || !options.https().proxy());
    }

    private ServerConnector ownConnector(dev.wamock.server.ServerOptions options) {
        org.eclipse.jetty.server.HttpConfiguration http = jetty.httpConfiguration();
        if (options.https() != null && options.https().proxy()) {
            ProxyRule.acceptConnectAsClientsSendIt(http);
        }
        return jetty.newConnector(options.host(), options.port(), http, SELECTORS);
    }

    /**
     * Selectors of a server on a port of its own (the jar's, the image's): two where the machine has two cores, so
     * that answers given on a selector's thread ({@link InlineGate}) can use both; a server on a free port (a test's)
     * takes the spare connector, which has one.
     */
    private static final int SELECTORS = Math.min(2, Runtime.getRuntime().availableProcessors());

    /** {@code bound}, or on loopback when it is every interface: an address this machine can connect to. */
    public static java.net.InetSocketAddress reachable(java.net.InetSocketAddress bound) {
        return bound.getAddress().isAnyLocalAddress()
                ? new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), bound.getPort()) : bound;
    }

    /** The HTTPS listener, or null when HTTPS is off (or before {@link #start()}). */
    public HttpsEndpoint https() {
        return https;
    }

    /** In proxy mode, for the HTTP connector: the rule for the host a request names; null for any other connector. */
    public ProxyRule proxyRule(org.eclipse.jetty.server.Connector arrivedOn) {
        return arrivedOn == connector ? proxyRule : null;
    }

    /** The address and port bound, as the socket reports it; null before {@link #start()}. */
    public java.net.InetSocketAddress address() {
        return address;
    }

    /** The bound port (the real one when asked for port 0), also after the server closed. */
    public int port() {
        return port;
    }

    /** How long {@link #shutdown} waits for the journal's live streams to send their last event. */
    private static final java.time.Duration STREAMS_END = java.time.Duration.ofSeconds(1);

    /**
     * Stops accepting connections; the ones open keep being served, and are idle-closed after {@code drain}. The
     * journal's live streams end first (each with an {@code end} event), so they hold no connection open.
     */
    public void shutdown(java.time.Duration drain) {
        handlers.journalStreams.stop(STREAMS_END);
        ServerConnector http = connector;
        if (http != null) {
            http.setShutdownIdleTimeout(drain.toMillis()); // Jetty's 1 s would cut an answer waiting on a delay
            http.shutdown();
        }
        if (https != null) {
            https.shutdown(drain);
        }
    }

    /** Interrupts the threads still answering this server's requests (a delay or a stall past the drain). */
    public void interruptServing() {
        serving.interruptAll();
    }

    /**
     * Closes the ports and the connections still open on them; idempotent. The connector's threads stop on the pool
     * after this returns; a server on a free port asks for a spare connector for the next one.
     */
    public synchronized void stop() {
        if (started) {
            started = false;
            try {
                ServerConnector http = connector;
                if (http != null) {
                    dev.wamock.server.ServerOptions options = handlers.state.options();
                    SpareConnector spare = jetty.spare();
                    jetty.retire(http, takesSpare(options) && spare.wantFor(options.host()) ? spare::make : null);
                }
            } finally {
                if (https != null) {
                    https.stop(jetty);
                }
            }
        }
    }

    /**
     * Serves a request of the endpoint ({@link EndpointHandler}) as the routes would, without them; once answered,
     * tells the shared server ({@link SharedJetty#answered()}).
     */
    void serve(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
               org.eclipse.jetty.util.Callback callback, EndpointPath target) throws ServletException, IOException {
        serving(() -> {
            CoreExchange x = new CoreExchange(request, response, target, false);
            Routes.serve(x, handlers, target.phoneNumbers());
            x.finish(callback, Routes.RESPONSE_BUFFER_BYTES);
        });
        jetty.answered();
    }

    /**
     * What {@link #serve} does, on the thread that read the request ({@link InlineGate}), which must not wait: not
     * among the threads {@link #interruptServing()} reaches; an answer that waits goes on on the pool.
     */
    void serveInline(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                     org.eclipse.jetty.util.Callback callback, EndpointPath target) {
        CoreExchange x = new CoreExchange(request, response, target, true);
        Routes.serve(x, handlers, target.phoneNumbers());
        Exchange.Rest rest = x.takeRest();
        if (rest == null) {
            x.finish(callback, Routes.RESPONSE_BUFFER_BYTES);
            jetty.answered();
            return;
        }
        request.getContext().execute(() -> {
            try {
                serving(() -> {
                    Routes.resume(x, handlers, rest);
                    x.finish(callback, Routes.RESPONSE_BUFFER_BYTES);
                });
            } catch (ServletException | IOException | RuntimeException e) {
                callback.failed(e);
            }
            jetty.answered();
        });
    }

    /** Whether this server's endpoint requests may be answered on the thread that read them: its state is in memory. */
    boolean answersInline(org.eclipse.jetty.server.Connector arrivedOn) {
        return handlers.state.store() instanceof dev.wamock.server.internal.state.MemoryStateStore
                && proxyRule(arrivedOn) == null;
    }

    void service(ServletRequest req, ServletResponse res) throws ServletException, IOException {
        serving(() -> {
            ServletRequest request = SessionPaths.strip(req);
            handlers.bind(request);
            jetty.routes().service(request, res);
        });
    }

    /** A request's work, on its thread. */
    private interface Work {
        void run() throws ServletException, IOException;
    }

    /** Runs {@code work} where {@link #interruptServing()} reaches it, and lets no interrupt of it outlive it. */
    private void serving(Work work) throws ServletException, IOException {
        serving.enter();
        try {
            work.run();
        } finally {
            serving.leave();
        }
    }
}
