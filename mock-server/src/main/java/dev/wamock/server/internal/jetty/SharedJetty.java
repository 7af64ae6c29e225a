package dev.wamock.server.internal.jetty;

import dev.wamock.server.internal.errors.JsonErrorHandler;
import dev.wamock.server.internal.https.HttpsEndpoint;
import dev.wamock.server.internal.proxy.ProxyGate;
import io.javalin.config.JavalinState;
import io.javalin.http.servlet.JavalinServlet;
import io.javalin.jetty.JettyServer;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Jetty {@link Server} of the JVM and the one set of Javalin routes, created with the first
 * wamock server and never stopped (its threads are daemons). Every wamock server is a {@link MountedServer}:
 * its own connector on its own port and its own state. A request goes to the mount of the connector it
 * came in on, which tells the routes which state to act on ({@link ServerHandlers}); so servers share threads,
 * buffers, the servlet context and the routes, but no state. Starting a mount opens a socket and
 * nothing else: no thread pool, no scheduler, no servlet context, no route table per server.
 *
 * <p>The endpoint's own requests skip the servlet context and the routes ({@link EndpointHandler}), which are built
 * after the server has started ({@link LateRoutes}): a first server opens its port without waiting for them.
 *
 * <p>A server may have a second connector, its HTTPS listener ({@link HttpsEndpoint}), mapped to the same mount. In
 * front of everything sits {@link InlineGate}, which answers the endpoint's requests of a server in memory on the
 * thread that read them and hands every other request to the pool; then {@link ProxyGate}, which acts only on the
 * HTTP port of a server in proxy mode.
 *
 * <p>The Javalin configuration ({@link Routes}) is built once, so it must not depend on a server's
 * state; each connector gets the HTTP settings it sets ({@link #httpConfiguration()}).
 */
public final class SharedJetty {
    static {
        JettyProperties.tellJettyTheReferenceSize(); // before any Jetty class: else Jetty boots JMX to ask (~45 ms)
    }

    private static final Object LOCK = new Object();
    private static final Logger LOG = LoggerFactory.getLogger(SharedJetty.class);
    private static SharedJetty instance;

    private final Server server;
    private final LateRoutes routes;
    private volatile boolean routesAfterAnswer;
    private final Map<Connector, MountedServer> mounts = new ConcurrentHashMap<>();
    private final SpareConnector spare = new SpareConnector(this);

    private SharedJetty() throws Exception {
        QueuedThreadPool pool = new QueuedThreadPool(2_000, 8, 60_000);
        pool.setName("wamock");
        pool.setDaemon(true);
        server = new Server(pool, new ScheduledExecutorScheduler("wamock-scheduler", true), new ArrayByteBufferPool());
        server.getMimeTypes().addInferred("text/plain", StandardCharsets.UTF_8.name()); // as Javalin's default server
        server.setErrorHandler(new JsonErrorHandler()); // as the routes' configuration sets it (LateRoutes checks)
        routes = new LateRoutes(server, new Dispatch());
        server.setHandler(new EndpointHandler(routes, mounts::get)); // the endpoint skips servlet and routes
        server.setHandler(new ProxyGate(server.getHandler(), mounts::get)); // CONNECT never reaches the routes
        server.setHandler(new InlineGate(server.getHandler(), mounts::get)); // first: what may be answered without the pool
        server.start();
    }

    /** The shared server, started on first use. */
    public static SharedJetty get() {
        synchronized (LOCK) {
            if (instance == null) {
                try {
                    instance = new SharedJetty();
                } catch (Exception e) {
                    throw new IllegalStateException("wamock could not start its Jetty server: " + e.getMessage(), e);
                }
            }
            return instance;
        }
    }

    /** How many wamock servers are mounted now (0 before the first); for tests. */
    public static int mounted() {
        synchronized (LOCK) {
            return instance == null ? 0 : instance.mounts.size();
        }
    }

    /** The JVM's one Jetty server. */
    public Server server() {
        return server;
    }

    /** The routes of every server, built (or waited for) when first asked. */
    JavalinServlet routes() {
        return routes.await().routes();
    }

    /**
     * Has the routes built on a thread of their own after the endpoint's next answer, unless a request needs them
     * first; returns at once. The CLI asks for it once its server listens, so
     * that the admin API and the dashboard are ready before they are asked for, without slowing the first answer.
     */
    public void buildRoutesAfterAnAnswer() {
        routesAfterAnswer = true;
    }

    /** An answer of the endpoint was sent. */
    void answered() {
        if (routesAfterAnswer) {
            routesAfterAnswer = false;
            routes.buildSoon();
        }
    }

    /** The routes, which may not be built yet (for tests). */
    LateRoutes lateRoutes() {
        return routes;
    }

    /**
     * For a new connector: the default HTTP settings of a Javalin connector with those the routes' configuration
     * sets ({@link Routes#configure}: no {@code Server} header, its response buffer size), without building it;
     * {@link #configured} is what the configuration itself would make, which a test holds this to.
     */
    public HttpConfiguration httpConfiguration() {
        HttpConfiguration http = JettyServer.Companion.defaultHttpConfiguration();
        http.setSendServerVersion(false);
        http.setOutputBufferSize(Routes.RESPONSE_BUFFER_BYTES);
        return http;
    }

    /** The HTTP settings a connector gets from {@code config}: Javalin's defaults, then the configuration's own. */
    static HttpConfiguration configured(JavalinState config) {
        HttpConfiguration http = JettyServer.Companion.defaultHttpConfiguration();
        config.jettyInternal.httpConfigurationConfigs.forEach(c -> c.accept(http));
        if (config.http.responseBufferSize != null) {
            http.setOutputBufferSize(config.http.responseBufferSize);
        }
        return http;
    }

    /**
     * A new HTTP connector on {@code host}:{@code port}, not started: one acceptor and {@code selectors} selectors on
     * the pool.
     */
    ServerConnector newConnector(String host, int port, HttpConfiguration http, int selectors) {
        // one acceptor and its selectors, all on threads of the shared pool (a selector that accepts could not be
        // told to stop accepting by shutdown())
        ServerConnector connector = new ReleasingConnector(server, 1, selectors, new OneFillerConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    /** The spare HTTP connector a server on a free port takes. */
    SpareConnector spare() {
        return spare;
    }

    /** Runs {@code task} on a thread of the shared pool. */
    void execute(Runnable task) {
        server.getThreadPool().execute(task);
    }

    /** Adds {@code connector} to the server and starts it: its port is bound when this returns. */
    void start(Connector connector) throws Exception {
        server.addConnector(connector);
        connector.start();
    }

    /**
     * Maps {@code connector} to {@code mount}, and adds and starts it unless it is started already (a spare); on
     * failure removes it again.
     */
    public void add(Connector connector, MountedServer mount) throws Exception {
        mounts.put(connector, mount);
        try {
            if (!connector.isStarted()) {
                start(connector);
            }
        } catch (Exception e) {
            remove(connector);
            throw e;
        }
    }

    /** Stops and removes {@code connector}. */
    public void remove(Connector connector) {
        try {
            connector.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the connector " + connector + ": " + e.getMessage(), e);
        } finally {
            server.removeConnector(connector);
            mounts.remove(connector);
        }
    }

    /**
     * What {@link #remove(Connector)} does, with the waiting left to the pool: unmaps {@code connector}, closes its
     * port and the connections open on it (their clients see the end at once), and returns; on a thread of the pool
     * {@code first} runs (when not null), then the connector's selector and acceptor stop and it is removed.
     */
    void retire(ServerConnector connector, Runnable first) {
        mounts.remove(connector);
        try {
            if (connector.isOpen()) {
                connector.close();
            }
            connector.getConnectedEndPoints().forEach(EndPoint::close);
            execute(() -> {
                try {
                    if (first != null) {
                        first.run();
                    }
                    remove(connector);
                } catch (RuntimeException e) {
                    LOG.debug("wamock could not stop a closed server's connector: {}", e.toString());
                }
            });
        } catch (RuntimeException e) { // a pool that refuses the task: stop it here
            remove(connector);
        }
    }

    /** Hands a request to the mount of the connector it arrived on. */
    private final class Dispatch extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        public void service(ServletRequest req, ServletResponse res) throws jakarta.servlet.ServletException, IOException {
            ConnectionMetaData connection = ServletContextRequest.getServletContextRequest(req).getConnectionMetaData();
            MountedServer mount = mounts.get(connection.getConnector());
            if (mount == null) { // read before its server closed (e.g. a body that ended as the client hung up)
                LOG.debug("wamock closed the connection of a request that outlived its server: {}", connection);
                connection.getConnection().getEndPoint().close(); // a closed server answers nothing
                return;
            }
            mount.service(req, res);
        }
    }
}
