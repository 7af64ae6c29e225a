package dev.wamock.server.internal;

import dev.wamock.scenarios.DocumentedError;
import dev.wamock.scenarios.GraphError;

/**
 * Thrown by a handler to answer with a Graph error; the exception mapper writes it. It carries no
 * stack trace: it is an answer, not a fault.
 */
public final class GraphFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final transient GraphError error;

    public GraphFailure(int httpStatus, GraphError error) {
        super(error.message(), null, false, false);
        this.httpStatus = httpStatus;
        this.error = error;
    }

    public static GraphFailure of(DocumentedError documented) {
        return new GraphFailure(documented.status(), documented.error());
    }

    public int httpStatus() {
        return httpStatus;
    }

    public GraphError error() {
        return error;
    }
}
