package dev.wamock.server.internal.jetty;

import io.javalin.config.JavalinState;
import io.javalin.http.servlet.JavalinServlet;
import jakarta.servlet.http.HttpServlet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servlet context with Javalin's routes ({@link Routes}), built off a start's critical path: the endpoint's own
 * requests never need them ({@link EndpointHandler}), so the shared Jetty server opens its ports without them and
 * they are built when a request first needs them, or on a daemon thread of their own when asked
 * ({@link SharedJetty#buildRoutesAfterAnAnswer()}), whichever comes first. A request that needs them before they are ready waits
 * for them (up to {@link #WAIT_SECONDS}), so every request gets the answer it would have got had they been built
 * first.
 */
final class LateRoutes extends Handler.Abstract {
    private static final long WAIT_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(LateRoutes.class);

    private final Server server;
    private final HttpServlet dispatch;
    private final AtomicBoolean building = new AtomicBoolean();
    private final CompletableFuture<Built> built = new CompletableFuture<>();

    /** Javalin's configuration, its routes and the handler chain in front of them, once built. */
    record Built(JavalinState config, JavalinServlet routes, Handler chain) {
    }

    /** For {@code server}, whose servlet context will hand every request to {@code dispatch}. */
    LateRoutes(Server server, HttpServlet dispatch) {
        this.server = server;
        this.dispatch = dispatch;
    }

    /** Builds the routes on a daemon thread, unless that was done or started already; returns at once. */
    void buildSoon() {
        if (!building.get() && building.compareAndSet(false, true)) {
            Thread thread = new Thread(this::build, "wamock-routes");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The routes, built now if they are not yet (waiting for a build under way). */
    Built await() {
        Built done = built.getNow(null);
        if (done != null) {
            return done;
        }
        buildSoon();
        try {
            return built.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for wamock's routes", e);
        } catch (Exception e) {
            throw new IllegalStateException("wamock's routes could not be built: " + e, e);
        }
    }

    /** Whether the routes are built (for tests). */
    boolean isBuilt() {
        return built.isDone() && !built.isCompletedExceptionally();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return await().chain().handle(request, response, callback);
    }

    /**
     * Javalin's configuration, its servlet and the servlet context, with what the configuration adds in front of
     * them. The configuration's settings of the server itself must be the ones it started with: its error handler
     * (checked here) and its connectors' HTTP settings ({@link SharedJetty#httpConfiguration()}, checked by a test).
     */
    private void build() {
        try {
            JavalinState config = new JavalinState();
            JavalinState.applyUserConfig(config, c -> {
                Routes.configure(c);
                c.startup.startupWatcherEnabled = false;
            });
            JavalinServlet routes = new JavalinServlet(config);
            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
            context.setContextPath("/");
            config.jettyInternal.servletContextHandlerConsumers.forEach(c -> c.accept(context));
            context.addServlet(new ServletHolder("wamock-dispatch", dispatch), "/*");
            Server holder = new Server(); // never started: collects the handlers the configuration wraps the context in
            holder.setHandler(context);
            config.jettyInternal.serverConsumers.forEach(c -> c.accept(holder));
            if (holder.getErrorHandler().getClass() != server.getErrorHandler().getClass()) {
                throw new IllegalStateException("the routes' error handler " + holder.getErrorHandler()
                        + " is not the one the Jetty server started with, " + server.getErrorHandler());
            }
            Handler chain = holder.getHandler();
            holder.setHandler((Handler) null);
            chain.setServer(server);
            chain.start();
            built.complete(new Built(config, routes, chain));
        } catch (Throwable e) {
            LOG.error("wamock could not build its routes (the admin API and the dashboard); requests for them fail", e);
            built.completeExceptionally(e);
        }
    }
}
