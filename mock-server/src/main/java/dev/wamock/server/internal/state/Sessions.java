package dev.wamock.server.internal.state;

import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.server.internal.errors.GraphErrorException;
import io.javalin.http.Context;

/**
 * Which session a request acts on: the one its base URL names ({@code /sessions/<id>/v23.0/…}), else the
 * {@code X-Wamock-Session} header, else the {@code session} query parameter, else the default session.
 */
public final class Sessions {
    /** The request header that names a session. */
    public static final String HEADER = "X-Wamock-Session";
    /** The query parameter that names a session. */
    public static final String PARAM = "session";
    /** The path prefix that names a session: a client's base URL {@code http://host:port/sessions/<id>}. */
    public static final String PREFIX = "/sessions/";
    /** The request attribute the prefix's session ID is kept in, once {@link SessionPaths} took it off the path. */
    public static final String ATTRIBUTE = "wamock.session";

    private Sessions() {
    }

    /** The ID the request names ({@code ""}: the default session), unchecked. */
    public static String idOf(Context ctx) {
        return idOf((String) ctx.req().getAttribute(ATTRIBUTE), ctx::header, ctx::queryParam);
    }

    /**
     * The ID named by the base URL ({@code fromPath}), else the {@value #HEADER} header, else the {@value #PARAM}
     * query parameter (each asked only when the one before named none), else the default session's.
     */
    public static String idOf(String fromPath, java.util.function.UnaryOperator<String> header,
                              java.util.function.UnaryOperator<String> queryParam) {
        String id = fromPath;
        if (id == null) {
            id = header.apply(HEADER);
        }
        if (id == null) {
            id = queryParam.apply(PARAM);
        }
        return id == null ? StateStore.DEFAULT_SESSION : id.strip();
    }

    /**
     * The session the request names.
     *
     * @throws GraphErrorException 400 for an ID that breaks the rule, naming where it came from
     */
    public static SessionState of(Context ctx, StateStore store) {
        return of(idOf(ctx), store);
    }

    /**
     * The session {@code id} names ({@link #idOf}).
     *
     * @throws GraphErrorException 400 for an ID that breaks the rule, naming where it came from
     */
    public static SessionState of(String id, StateStore store) {
        try {
            return store.session(id);
        } catch (IllegalArgumentException e) {
            throw GraphErrorException.badRequest(e.getMessage() + " (from the " + HEADER + " header, the '" + PARAM
                    + "' parameter or the " + PREFIX + "<id> base URL)");
        }
    }
}
