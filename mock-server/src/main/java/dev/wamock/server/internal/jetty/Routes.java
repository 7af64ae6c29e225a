package dev.wamock.server.internal.jetty;

import dev.wamock.server.internal.admin.AdminRoutes;
import dev.wamock.server.internal.errors.Failures;
import dev.wamock.server.internal.errors.JsonErrorHandler;
import dev.wamock.server.internal.errors.ProfileErrors;
import dev.wamock.server.internal.graph.GraphResponses;
import dev.wamock.server.internal.graph.QueryEncoding;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import org.eclipse.jetty.server.handler.EagerContentHandler;

/**
 * The one Javalin configuration: Jetty settings, routes, and the exception mapper ({@link Failures}); and the steps
 * every Graph request takes, whichever way it came ({@link #serve}: the {@link EndpointHandler} serves the endpoint's
 * own requests with them, ahead of the servlet and these routes).
 */
public final class Routes {
    /** The path every admin route starts with. */
    public static final String ADMIN_PREFIX = "/__wamock";
    /** The list edge of a WhatsApp Business Account: {@code /{version}/{waba-id}/phone_numbers}. */
    static final String PHONE_NUMBERS = "phone_numbers";
    /** The send edge of a phone number: {@code POST /{version}/{phone-number-id}/messages}. */
    static final String MESSAGES = "messages";
    private static final HandlerType[] METHODS = {
        HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
        HandlerType.DELETE, HandlerType.HEAD, HandlerType.OPTIONS
    };
    /**
     * Javalin copies every result through a buffer of this size, allocated per response (default 32 KiB,
     * for bodies of 100–400 bytes): most of the garbage per request, and so of the heap growth under load.
     */
    static final int RESPONSE_BUFFER_BYTES = 1024;
    /** The largest request body read (admin API, sends); larger ones get 413. */
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
            // an admin body or a send that trickles in is read without holding a thread; the handlers then find it whole
            EagerContentHandler wholeBodies = new EagerContentHandler(server.getHandler(),
                    new EagerContentHandler.RetainedContentLoaderFactory(MAX_BODY_BYTES, -1, true));
            wholeBodies.include(Routes::readsBody); // the endpoint never reads a body, so never waits for one
            server.setHandler(wholeBodies);
        });
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));

        // one handler: Javalin matches each against the path
        config.routes.before(ctx -> before(JavalinExchange.of(ctx), ServerHandlers.of(ctx), ctx.req().getMethod()));
        config.routes.after(ctx -> ServerHandlers.of(ctx).journal.close(JavalinExchange.of(ctx)));
        AdminRoutes.register(config);
        config.routes.get("/{version}/{id}", ctx -> ServerHandlers.of(ctx).account.handle(JavalinExchange.of(ctx)));
        config.routes.get("/{version}/{id}/" + PHONE_NUMBERS,
                ctx -> ServerHandlers.of(ctx).phoneNumbers.handle(JavalinExchange.of(ctx)));
        config.routes.post("/{version}/{id}/" + MESSAGES,
                ctx -> ServerHandlers.of(ctx).messages.handle(JavalinExchange.of(ctx), ctx.header("Content-Type"),
                        ctx.bodyAsBytes()));
        for (HandlerType method : METHODS) {
            config.routes.addHttpHandler(method, "/*",
                    ctx -> fallback(JavalinExchange.of(ctx), ServerHandlers.of(ctx).errors));
        }
        config.routes.exception(Exception.class,
                (e, ctx) -> Failures.answer(JavalinExchange.of(ctx), e, ServerHandlers.of(ctx).errors));
    }

    /**
     * What the routes do for a request of the endpoint's ({@code phoneNumbers}: of its list edge), in their order: the
     * before-handler, the endpoint, the exception mapper on a failure, the after-handler (which journals it).
     */
    static void serve(Exchange x, ServerHandlers handlers, boolean phoneNumbers) {
        try {
            before(x, handlers, x.method());
            if (phoneNumbers) {
                handlers.phoneNumbers.handle(x);
            } else {
                handlers.account.handle(x);
            }
        } catch (Exception e) {
            Failures.answer(x, e, handlers.errors);
        }
        if (!x.moved()) {
            close(x, handlers);
        }
    }

    /** The rest of a request that {@link #serve} moved to the pool ({@link Exchange#onPool}), in the same order. */
    static void resume(Exchange x, ServerHandlers handlers, Exchange.Rest rest) {
        try {
            rest.run();
        } catch (Exception e) {
            Failures.answer(x, e, handlers.errors);
        }
        close(x, handlers);
    }

    /** The after-handler: journals the request (and answers a failure of that too). */
    private static void close(Exchange x, ServerHandlers handlers) {
        try {
            handlers.journal.close(x);
        } catch (Exception e) {
            Failures.answer(x, e, handlers.errors);
        }
    }

    /**
     * Before any route: opens the journal's draft, then refuses a method no route knows ({@code sent}: as the request
     * line has it, whatever {@code X-HTTP-Method-Override} says) and a bad encoding.
     */
    private static void before(Exchange x, ServerHandlers handlers, String sent) {
        handlers.journal.open(x);
        ProfileErrors errors = handlers.errors;
        if (!METHOD_NAMES.contains(sent)) {
            fallback(x, errors); // TRACE, CONNECT, 'get', PROPFIND, …: never Javalin's own 404
        }
        if (!QueryEncoding.isValid(x.path())) {
            throw errors.badPathEncoding();
        }
        if (!QueryEncoding.isValid(x.queryString())) {
            throw errors.badQueryEncoding();
        }
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

    /** Whether the request's body is read whole before the handlers run: the admin API's and a send's. */
    private static boolean readsBody(org.eclipse.jetty.server.Request request) {
        String path = org.eclipse.jetty.server.Request.getPathInContext(request);
        return path.startsWith(ADMIN_PREFIX + "/") || path.equals(ADMIN_PREFIX) || path.endsWith("/" + MESSAGES);
    }

    /**
     * Any route not matched above: a wrong method on the endpoint, the list edge or the send edge (which takes only
     * POST), or an unknown path.
     */
    private static void fallback(Exchange x, ProfileErrors errors) {
        String[] segments = x.path().substring(1).split("/", -1);
        boolean admin = segments[0].startsWith(ADMIN_PREFIX.substring(1));
        if (!admin && segments.length == 3 && MESSAGES.equals(segments[2])) {
            if (!HandlerType.POST.name().equals(x.method())) {
                x.header("Allow", HandlerType.POST.name());
                throw errors.unsupportedMethod(x.method(), segments[1], HandlerType.POST.name());
            }
            throw errors.unknownPath(x.path());
        }
        boolean endpointShape = (segments.length == 2 || segments.length == 3 && PHONE_NUMBERS.equals(segments[2]))
                && !admin;
        if (endpointShape && !HandlerType.GET.name().equals(x.method())) {
            throw errors.unsupportedMethod(x.method(), segments[1]);
        }
        throw errors.unknownPath(x.path());
    }
}
