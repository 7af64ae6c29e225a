package dev.wamock.scenarios.engine.state;

/**
 * The state store cannot answer: a shared store is unreachable, or a store holds as many sessions as it may. The
 * server answers such a request with a Graph-shaped 503 and {@code X-Wamock-State: <reason>}, never with a decision
 * from state that may differ from the fleet's.
 */
public final class StateUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * A failure of the store.
     *
     * @param reason  the {@code X-Wamock-State} header's value: {@code unavailable}, {@code session-limit}, …
     * @param message the rule, the value and the fix
     */
    public StateUnavailableException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The {@code X-Wamock-State} header's value. */
    public String reason() {
        return reason;
    }
}
