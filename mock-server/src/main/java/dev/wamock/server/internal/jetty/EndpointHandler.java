package dev.wamock.server.internal.jetty;

import java.util.function.Function;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the endpoint's own requests on Jetty's core API, ahead of the servlet context and Javalin's routes, which
 * they would otherwise cross (about a third of the CPU of an answer): a {@code GET} of {@code /{version}/{id}} or its
 * list edge with a plain path ({@link EndpointPath}), a {@code Host}, no body type and no method override. The
 * answer, journal entry and in-flight count are the routes' own ({@link Routes#serve}, {@link CoreExchange}); every
 * other request (the admin API, the dashboard, other methods, unknown or encoded paths) goes on to the routes.
 */
final class EndpointHandler extends Handler.Wrapper {
    private static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

    private final Function<Connector, MountedServer> mounts;

    /** In front of {@code next}; {@code mounts} gives the server of a connector (null for none). */
    EndpointHandler(Handler next, Function<Connector, MountedServer> mounts) {
        super(next);
        this.mounts = mounts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        EndpointPath target = target(request);
        MountedServer mount = target == null ? null : mounts.apply(request.getConnectionMetaData().getConnector());
        if (mount == null) {
            return super.handle(request, response, callback);
        }
        mount.serve(request, response, callback, target);
        return true;
    }

    /** The endpoint path {@code request} names when it is one this handler serves, else null. */
    static EndpointPath target(Request request) {
        return endpointOnly(request) ? EndpointPath.parse(request.getHttpURI().getPath()) : null;
    }

    /** A GET that Javalin would treat no differently from its method and path (no body type, no override). */
    private static boolean endpointOnly(Request request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        HttpFields headers = request.getHeaders();
        return headers.contains(HttpHeader.HOST) && !headers.contains(HttpHeader.CONTENT_TYPE)
                && !headers.contains(METHOD_OVERRIDE);
    }
}
