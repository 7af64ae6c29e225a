package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error answer of a step, as Java, files and the admin API say it: a documented name or an HTTP status,
 * with any part of the documented body changed. Immutable and fluent; each method returns a changed copy:
 *
 * <pre>
 * Step.error(ErrorSpec.status(503).code(2).isTransient(true).retryAfter(Duration.ofSeconds(30)))
 * Step.error(ErrorSpec.named("invalid-token").subcode(460))
 * </pre>
 *
 * <p>In files: {@code error: server-error}, or an object with the keys {@code name}, {@code status},
 * {@code code}, {@code subcode}, {@code type}, {@code message}, {@code transient}, {@code user_title},
 * {@code user_msg}, {@code retryAfter}, {@code retryAfterDate}. Unset parts default to the documented body
 * of {@code name} or {@code status}; {@link #resolve()} turns the spec into an {@link Answer.Error}.
 *
 * @param isTransient the body's {@code is_transient} (file key {@code transient}), or null for the documented one
 * @param retryAfter  the {@code Retry-After} header to send with the error, or null for none
 */
public record ErrorSpec(String name, Integer status, Integer code, Integer subcode, String type, String message,
                        Boolean isTransient, String userTitle, String userMessage, RetryAfter retryAfter) {

    private static final String UNDOCUMENTED = "undocumented";

    /**
     * Checks a given {@code name} against the catalogue.
     *
     * @throws IllegalArgumentException for a name the catalogue does not have, listing the valid ones
     */
    public ErrorSpec {
        if (name != null) {
            DocumentedErrors.named(name); // fails here, at the name's own line in a file
        }
    }

    /**
     * The spec without a Retry-After, as it was before the fluent form.
     *
     * @deprecated positional; use {@link #status(int)} or {@link #named(String)} and the fluent methods
     */
    @Deprecated
    public ErrorSpec(String name, Integer status, Integer code, Integer subcode, String type, String message,
                     Boolean isTransient, String userTitle, String userMessage) {
        this(name, status, code, subcode, type, message, isTransient, userTitle, userMessage, null);
    }

    /**
     * The documented error of this name or alias ({@code server-error}, {@code rate-limited}), or one of WhatsApp's
     * send errors ({@link WhatsAppErrors}: {@code pair-rate-limit}, …); {@code error: NAME}.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ErrorSpec named(String name) {
        if (name == null) {
            throw new IllegalArgumentException("an error needs a 'name' (one of " + DocumentedErrors.names() + ")");
        }
        return new ErrorSpec(name, null, null, null, null, null, null, null, null, null);
    }

    /** The documented body of this HTTP status; a status with none (503, say) gets a transient code-2 body. */
    public static ErrorSpec status(int status) {
        return new ErrorSpec(null, status, null, null, null, null, null, null, null, null);
    }

    /** The explicit form of an answer, as the admin API writes it back. */
    public static ErrorSpec of(Answer.Error answer) {
        GraphError e = answer.error();
        return new ErrorSpec(answer.name(), answer.status(), e.code(), e.subcode(), e.type(), e.message(),
                e.isTransient(), e.userTitle(), e.userMessage(), answer.retryAfter());
    }

    @JsonCreator
    static ErrorSpec fromJson(@JsonProperty("name") String name, @JsonProperty("status") Integer status,
                              @JsonProperty("code") Integer code, @JsonProperty("subcode") Integer subcode,
                              @JsonProperty("type") String type, @JsonProperty("message") String message,
                              @JsonProperty("transient") Boolean isTransient,
                              @JsonProperty("user_title") String userTitle,
                              @JsonProperty("user_msg") String userMessage,
                              @JsonProperty("retryAfter") RetryAfter.SecondsText retryAfter,
                              @JsonProperty("retryAfterDate") RetryAfter.DateText retryAfterDate) {
        if (retryAfter != null && retryAfterDate != null) {
            throw new IllegalArgumentException("an error takes one of 'retryAfter' (seconds) or 'retryAfterDate'"
                    + " (an HTTP-date), not both");
        }
        RetryAfter header = retryAfter != null ? retryAfter.value()
                : retryAfterDate != null ? retryAfterDate.value() : null;
        return new ErrorSpec(name, status, code, subcode, type, message, isTransient, userTitle, userMessage, header);
    }

    /** Graph error {@code code}; the documented subcode and user texts belong to the documented code: dropped. */
    public ErrorSpec code(int newCode) {
        return new ErrorSpec(name, status, newCode, subcode, type, message, isTransient, userTitle, userMessage,
                retryAfter);
    }

    /** Graph error {@code error_subcode}. */
    public ErrorSpec subcode(int newSubcode) {
        return new ErrorSpec(name, status, code, newSubcode, type, message, isTransient, userTitle, userMessage,
                retryAfter);
    }

    /** The error's {@code type}, e.g. {@code OAuthException}, {@code GraphMethodException}. */
    public ErrorSpec type(String newType) {
        return new ErrorSpec(name, status, code, subcode, newType, message, isTransient, userTitle, userMessage,
                retryAfter);
    }

    /** The error's {@code message}. */
    public ErrorSpec message(String newMessage) {
        return new ErrorSpec(name, status, code, subcode, type, newMessage, isTransient, userTitle, userMessage,
                retryAfter);
    }

    /** The body's {@code is_transient}: whether Graph tells the client a retry may succeed. */
    public ErrorSpec isTransient(boolean transientFlag) {
        return new ErrorSpec(name, status, code, subcode, type, message, transientFlag, userTitle, userMessage,
                retryAfter);
    }

    /** The body's {@code error_user_title}. */
    public ErrorSpec userTitle(String title) {
        return new ErrorSpec(name, status, code, subcode, type, message, isTransient, title, userMessage, retryAfter);
    }

    /** The body's {@code error_user_msg}. */
    public ErrorSpec userMessage(String text) {
        return new ErrorSpec(name, status, code, subcode, type, message, isTransient, userTitle, text, retryAfter);
    }

    /** Also send {@code Retry-After: N}, N the whole seconds of {@code delay} (file key {@code retryAfter: 30s}). */
    public ErrorSpec retryAfter(Duration delay) {
        return withRetryAfter(RetryAfter.seconds(delay));
    }

    /** Also send {@code Retry-After} as an HTTP-date {@code delay} after the answer ({@code retryAfterDate: 30s}). */
    public ErrorSpec retryAfterDate(Duration delay) {
        return withRetryAfter(RetryAfter.dateAfter(delay));
    }

    /** Also send {@code Retry-After} as this fixed HTTP-date, to the second. */
    public ErrorSpec retryAfterDate(Instant at) {
        return withRetryAfter(RetryAfter.date(at));
    }

    /** This {@code Retry-After}, or none for null. */
    public ErrorSpec withRetryAfter(RetryAfter header) {
        return new ErrorSpec(name, status, code, subcode, type, message, isTransient, userTitle, userMessage, header);
    }

    /** The answer: the documented body of {@code name} or {@code status}, with the parts this spec sets changed. */
    public Answer.Error resolve() {
        DocumentedError base;
        if (name != null) {
            base = DocumentedErrors.named(name);
        } else if (status != null) {
            base = DocumentedErrors.forStatus(status).orElseGet(() -> undocumented(status));
        } else {
            throw new IllegalArgumentException("an error needs a 'name' (one of " + DocumentedErrors.names()
                    + ") or a 'status'");
        }
        GraphError b = base.error();
        if (code != null && code != b.code()) {
            // another code: the base's subcode and user texts belong to the base's code, not to this one
            b = new GraphError(b.message(), b.type(), code, null, null, b.isTransient(), null, null);
        }
        GraphError error = new GraphError(
                message != null ? message : b.message(),
                type != null ? type : b.type(),
                code != null ? code : b.code(),
                subcode != null ? subcode : b.subcode(),
                null,
                isTransient != null ? isTransient : b.isTransient(),
                userTitle != null ? userTitle : b.userTitle(),
                userMessage != null ? userMessage : b.userMessage(),
                b.errorData()); // WhatsApp's codes carry error_data (messaging_product, details)
        return new Answer.Error(UNDOCUMENTED.equals(base.name()) ? null : base.name(),
                status != null ? status : base.status(), error, retryAfter);
    }

    /** The file form: only the keys that are set. */
    @JsonValue
    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "name", name);
        put(out, "status", status);
        put(out, "code", code);
        put(out, "subcode", subcode);
        put(out, "type", type);
        put(out, "message", message);
        put(out, "transient", isTransient);
        put(out, "user_title", userTitle);
        put(out, "user_msg", userMessage);
        if (retryAfter != null) {
            out.put(retryAfter.asDate() ? "retryAfterDate" : "retryAfter", retryAfter.text());
        }
        return out;
    }

    private static void put(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static DocumentedError undocumented(int status) {
        boolean server = status >= 500;
        GraphError e = server
                ? GraphError.of("Service temporarily unavailable", "GraphMethodException", 2).withTransient(true)
                : GraphError.of("Request failed with status " + status, "OAuthException", 100);
        return new DocumentedError(UNDOCUMENTED, status, "undocumented status " + status, e);
    }
}
