package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The {@code error} object of a Graph error body ({@code GraphAPIError} in the contract).
 * {@code fbtraceId} is left out of catalogue entries: the server stamps a fresh one per response.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphError(
        @JsonProperty("message") String message,
        @JsonProperty("type") String type,
        @JsonProperty("code") int code,
        @JsonProperty("error_subcode") Integer subcode,
        @JsonProperty("fbtrace_id") String fbtraceId,
        @JsonProperty("is_transient") Boolean isTransient,
        @JsonProperty("error_user_title") String userTitle,
        @JsonProperty("error_user_msg") String userMessage) {

    public GraphError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(type, "type");
    }

    /** A minimal error: message, type and code. */
    public static GraphError of(String message, String type, int code) {
        return new GraphError(message, type, code, null, null, null, null, null);
    }

    public GraphError withMessage(String newMessage) {
        return new GraphError(newMessage, type, code, subcode, fbtraceId, isTransient, userTitle, userMessage);
    }

    public GraphError withSubcode(Integer newSubcode) {
        return new GraphError(message, type, code, newSubcode, fbtraceId, isTransient, userTitle, userMessage);
    }

    public GraphError withTransient(Boolean transientFlag) {
        return new GraphError(message, type, code, subcode, fbtraceId, transientFlag, userTitle, userMessage);
    }

    public GraphError withTraceId(String traceId) {
        return new GraphError(message, type, code, subcode, traceId, isTransient, userTitle, userMessage);
    }

    /** Whether a client should retry: {@code is_transient} is true. */
    public boolean transientError() {
        return Boolean.TRUE.equals(isTransient);
    }
}
