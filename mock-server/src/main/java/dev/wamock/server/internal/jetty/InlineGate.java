package dev.wamock.server.internal.jetty;

import java.util.function.Function;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost handler, which tells Jetty that it never waits, so Jetty may run it on the thread that read the
 * request instead of handing every request to the pool (about a third of the CPU of an answer). It keeps that promise
 * by answering inline only an endpoint request ({@link EndpointHandler#target}) of a server whose state is in memory
 * ({@link MountedServer#answersInline}); an answer that then turns out to wait (a scenario's delay, fault or slow
 * body) moves itself to the pool ({@link Exchange#onPool}). Every other request (the admin API, the dashboard, a
 * server on Redis, a proxy's requests) goes to the pool first and then down the handlers as before.
 */
final class InlineGate extends Handler.Wrapper {
    private final Function<Connector, MountedServer> mounts;

    /** In front of {@code next}; {@code mounts} gives the server of a connector (null for none). */
    InlineGate(Handler next, Function<Connector, MountedServer> mounts) {
        super(next);
        this.mounts = mounts;
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        EndpointPath target = EndpointHandler.target(request);
        Connector connector = request.getConnectionMetaData().getConnector();
        MountedServer mount = target == null ? null : mounts.apply(connector);
        if (mount != null && mount.answersInline(connector)) {
            mount.serveInline(request, response, callback, target);
            return true;
        }
        request.getContext().execute(() -> onPool(request, response, callback));
        return true;
    }

    /** What Jetty does with a request a handler may wait in: the handlers, then a 404 or the failure's error page. */
    private void onPool(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, callback, failure);
        }
    }
}
