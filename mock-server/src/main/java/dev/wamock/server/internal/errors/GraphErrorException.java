package dev.wamock.server.internal;

import dev.wamock.scenarios.DocumentedError;
import dev.wamock.scenarios.GraphError;

/**
 * Thrown by a handler to answer with a Graph error; the exception mapper writes it. It carries no
 * stack trace: it is an answer, not a fault.
 */
public final class GraphFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status to answer with. */
    private final int httpStatus;
    private final transient GraphError error;

    /** An answer with {@code error} and HTTP {@code httpStatus}. */
    public GraphFailure(int httpStatus, GraphError error) {
        super(error.message(), null, false, false);
        this.httpStatus = httpStatus;
        this.error = error;
    }

    /** The documented error's answer. */
    public static GraphFailure of(DocumentedError documented) {
        return new GraphFailure(documented.status(), documented.error());
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
