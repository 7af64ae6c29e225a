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
        @JsonProperty("error_user_msg") String userMessage,
        @JsonProperty("error_data") java.util.Map<String, Object> errorData) {

    /** Checks that {@code message} and {@code type} are given. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public GraphError {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(type, "type");
    }

    /** An error without {@code error_data} (every documented error). */
    public GraphError(String message, String type, int code, Integer subcode, String fbtraceId, Boolean isTransient,
                      String userTitle, String userMessage) {
        this(message, type, code, subcode, fbtraceId, isTransient, userTitle, userMessage, null);
    }

    /** A minimal error: message, type and code. */
    public static GraphError of(String message, String type, int code) {
        return new GraphError(message, type, code, null, null, null, null, null);
    }

    /** A copy with another {@code message}. */
    public GraphError withMessage(String newMessage) {
        return new GraphError(newMessage, type, code, subcode, fbtraceId, isTransient, userTitle, userMessage, errorData);
    }

    /** A copy with another {@code error_subcode}; {@code null} leaves it out. */
    public GraphError withSubcode(Integer newSubcode) {
        return new GraphError(message, type, code, newSubcode, fbtraceId, isTransient, userTitle, userMessage, errorData);
    }

    /** A copy with another {@code is_transient}; {@code null} leaves it out. */
    public GraphError withTransient(Boolean transientFlag) {
        return new GraphError(message, type, code, subcode, fbtraceId, transientFlag, userTitle, userMessage, errorData);
    }

    /** A copy with another {@code fbtrace_id}. */
    public GraphError withTraceId(String traceId) {
        return new GraphError(message, type, code, subcode, traceId, isTransient, userTitle, userMessage, errorData);
    }

    /** A copy with another {@code type}, e.g. {@code OAuthException}. */
    public GraphError withType(String newType) {
        return new GraphError(message, newType, code, subcode, fbtraceId, isTransient, userTitle, userMessage, errorData);
    }

    /** WhatsApp codes carry {@code error_data: {messaging_product: "whatsapp", details: …}} in production. */
    public GraphError withErrorData(java.util.Map<String, Object> data) {
        return new GraphError(message, type, code, subcode, fbtraceId, isTransient, userTitle, userMessage, data);
    }
}
