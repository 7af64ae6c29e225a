package dev.wamock.server.internal.errors;

import dev.wamock.scenarios.DocumentedError;
import dev.wamock.scenarios.GraphError;

/**
 * Thrown by a handler to answer with a Graph error; the exception mapper writes it. It carries no
 * stack trace: it is an answer, not a fault. {@link ProfileErrors} makes the ones the endpoint answers, shaped by
 * the profile; {@link #badRequest} the 400 of wamock's own inputs.
 */
public final class GraphErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status to answer with. */
    private final int httpStatus;
    private final transient GraphError error;

    /** An answer with {@code error} and HTTP {@code httpStatus}. */
    public GraphErrorException(int httpStatus, GraphError error) {
        super(error.message(), null, false, false);
        this.httpStatus = httpStatus;
        this.error = error;
    }

    /**
     * A 400 code 100 for an input of wamock's own that breaks its rule (an admin call's parameter or body, a session
     * ID, the scenario header): {@code "wamock admin: " + message}, in either profile.
     */
    public static GraphErrorException badRequest(String message) {
        return new GraphErrorException(400, GraphError.of("wamock admin: " + message, "OAuthException", 100));
    }

    /** The documented error's answer. */
    public static GraphErrorException of(DocumentedError documented) {
        return new GraphErrorException(documented.status(), documented.error());
    }

    /** The HTTP status to answer with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The error to put in the body. */
    public GraphError error() {
        return error;
    }
}
