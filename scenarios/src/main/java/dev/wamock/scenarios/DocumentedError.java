package dev.wamock.scenarios;

import java.util.Objects;

/**
 * One of the documented error responses of the endpoint: a name a user can say
 * ({@code rate-limited}), the HTTP status, and the documented example body.
 * The catalogue is read from the contract: see {@link DocumentedErrors}.
 */
public record DocumentedError(String name, int status, String description, GraphError error) {

    /** Checks that {@code name} and {@code error} are given. */
    public DocumentedError {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(error, "error");
    }

    /** The same error answered with another message (type, code and subcode stay documented). */
    public DocumentedError withMessage(String message) {
        return new DocumentedError(name, status, description, error.withMessage(message));
    }

    /**
     * The HTTP status.
     *
     * @deprecated renamed {@link #status()}, as in {@link ErrorSpec}, {@link Answer.Error} and {@link JournalEntry}
     */
    @Deprecated
    public int httpStatus() {
        return status;
    }
}
