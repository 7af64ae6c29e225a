package dev.wamock.server.internal.jetty;

import dev.wamock.server.internal.admin.AdminRoutes;
import dev.wamock.server.internal.errors.ClientFailures;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.errors.InternalErrors;
import dev.wamock.server.internal.errors.JsonErrorHandler;
import dev.wamock.server.internal.errors.ProfileErrors;
import dev.wamock.server.internal.errors.StateFailures;
import dev.wamock.server.internal.graph.GraphResponses;
import dev.wamock.server.internal.graph.QueryEncoding;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one Javalin configuration: Jetty settings, routes, and the exception mapper. */
public final class Routes {
    /** The path every admin route starts with. */
    public static final String ADMIN_PREFIX = "/__wamock";
    /** The request attribute that holds the version a Graph request is served with. */
    public static final String VERSION_ATTRIBUTE = "wamock.version";
    /** The list edge of a WhatsApp Business Account: {@code /{version}/{waba-id}/phone_numbers}. */
    static final String PHONE_NUMBERS = "phone_numbers";
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private static final HandlerType[] METHODS = {
        HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
        HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS
    };
    /**
     * Javalin copies every result through a buffer of this size, allocated per response (default 32 KiB,
     * for bodies of 100–400 bytes): most of the garbage per request, and so of the heap growth under load.
     */
    private static final int RESPONSE_BUFFER_BYTES = 1024;
    /** The largest request body read (admin API); larger ones get 413. */
    private static final long MAX_BODY_BYTES = 1 << 20;
    private static final java.util.Set<String> METHOD_NAMES = java.util.Arrays.stream(METHODS)
            .map(HandlerType::name).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Routes() {
    }

    /** The routes of every server; each acts on the server its request came to ({@link ServerHandlers}). */
    static void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.defaultContentType = GraphResponses.JSON;
        config.http.prefer405over404 = false;
        config.http.responseBufferSize = RESPONSE_BUFFER_BYTES;
        config.http.compressionStrategy = noCompression();
        config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new JsonErrorHandler());
            // an admin body that trickles in is read without holding a thread; the handlers then find it whole
            EagerContentHandler wholeBodies = new EagerContentHandler(server.getHandler(),
                    new EagerContentHandler.RetainedContentLoaderFactory(MAX_BODY_BYTES, -1, true));
            wholeBodies.includePath(ADMIN_PREFIX + "/*"); // the endpoint never reads a body, so never waits for one
            server.setHandler(wholeBodies);
        });
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));

        config.routes.before(ctx -> { // one handler: Javalin matches each against the path
            ServerHandlers handlers = ServerHandlers.of(ctx);
            handlers.journal.open(ctx);
            ProfileErrors errors = handlers.errors;
            if (!METHOD_NAMES.contains(ctx.req().getMethod())) {
                fallback(ctx, errors); // TRACE, CONNECT, 'get', PROPFIND, …: never Javalin's own 404
            }
            if (!QueryEncoding.isValid(ctx.req().getRequestURI())) {
                throw errors.badPathEncoding();
            }
            if (!QueryEncoding.isValid(ctx.queryString())) {
                throw errors.badQueryEncoding();
            }
        });
        config.routes.after(ctx -> ServerHandlers.of(ctx).journal.close(ctx));
        AdminRoutes.register(config);
        config.routes.get("/{version}/{id}", ctx -> ServerHandlers.of(ctx).account.handle(ctx));
        config.routes.get("/{version}/{id}/" + PHONE_NUMBERS, ctx -> ServerHandlers.of(ctx).phoneNumbers.handle(ctx));
        for (HandlerType method : METHODS) {
            config.routes.addHttpHandler(method, "/*", ctx -> fallback(ctx, ServerHandlers.of(ctx).errors));
        }
        config.routes.exception(GraphErrorException.class, (e, ctx) -> {
            String authenticate = ServerHandlers.of(ctx).errors.wwwAuthenticate(e.error());
            if (authenticate != null) {
                ctx.header("WWW-Authenticate", authenticate);
            }
            GraphResponses.error(ctx, version(ctx), e);
        });
        config.routes.exception(dev.wamock.scenarios.engine.state.StateUnavailableException.class,
                (e, ctx) -> StateFailures.answer(ctx, e));
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (ClientFailures.clientHungUp(e)) {
                LOG.debug("client hung up during {} {}", ctx.method(), ctx.path(), e);
                return; // nobody to answer
            }
            HttpException bad = ClientFailures.badMessage(e);
            if (bad != null) {
                GraphResponses.error(ctx, version(ctx),
                        new GraphErrorException(bad.getCode(), ProfileErrors.protocol(bad.getCode(), bad.getReason())));
                return;
            }
            InternalErrors.answer(ctx, e);
        });
    }

    /**
     * No compression (no answer of wamock was ever compressed: the endpoint's are a few hundred bytes, the journal and
     * the page are written past Javalin's compressing stream), asked cheaply: Javalin checks every response's type
     * against its list of excluded types before anything else, which cost ~5 % of the CPU of an endpoint answer.
     */
    private static CompressionStrategy noCompression() {
        CompressionStrategy none = new CompressionStrategy(null, null);
        none.setExcludedMimeTypes(java.util.List.of());
        return none;
    }

    /** Any route not matched above: a wrong method on the endpoint or the list edge, or an unknown path. */
    private static void fallback(Context ctx, ProfileErrors errors) {
        String[] segments = ctx.path().substring(1).split("/", -1);
        boolean endpointShape = (segments.length == 2 || segments.length == 3 && PHONE_NUMBERS.equals(segments[2]))
                && !segments[0].startsWith(ADMIN_PREFIX.substring(1));
        if (endpointShape && ctx.method() != HandlerType.GET) {
            throw errors.unsupportedMethod(ctx.method().name(), segments[1]);
        }
        throw errors.unknownPath(ctx.path());
    }

    private static String version(Context ctx) {
        String v = ctx.attribute(VERSION_ATTRIBUTE);
        return v == null ? GraphResponses.DEFAULT_VERSION : v;
    }
}
