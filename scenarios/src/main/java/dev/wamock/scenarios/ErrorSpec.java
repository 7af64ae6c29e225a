package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code error:} of a step as files and the admin API write it: a catalogue name
 * ({@code error: server-error}) or an object whose unset parts default to the documented body of its
 * {@code name} or {@code status}. {@link #resolve()} turns it into an {@link Answer.Error}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorSpec(
        @JsonProperty("name") String name,
        @JsonProperty("status") Integer status,
        @JsonProperty("code") Integer code,
        @JsonProperty("subcode") Integer subcode,
        @JsonProperty("type") String type,
        @JsonProperty("message") String message,
        @JsonProperty("transient") Boolean isTransient,
        @JsonProperty("user_title") String userTitle,
        @JsonProperty("user_msg") String userMessage) {

    private static final String UNDOCUMENTED = "undocumented";

    /**
     * Checks a given {@code name} against the catalogue.
     *
     * @throws IllegalArgumentException for a name the catalogue does not have, listing the valid ones
     */
    @JsonCreator
    public ErrorSpec {
        if (name != null) {
            DocumentedErrors.named(name); // fails here, at the name's own line in a file
        }
    }

    /** {@code error: server-error}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ErrorSpec named(String name) {
        return new ErrorSpec(name, null, null, null, null, null, null, null, null);
    }

    /** The explicit form of an answer, as the admin API writes it back. */
    public static ErrorSpec of(Answer.Error answer) {
        GraphError e = answer.error();
        return new ErrorSpec(answer.name(), answer.httpStatus(), e.code(), e.subcode(), e.type(), e.message(),
                e.isTransient(), e.userTitle(), e.userMessage());
    }

    /**
     * The answer this spec stands for: the documented error of its {@code name}, or of its {@code status} (a generic
     * Graph error for an undocumented status), with every part this spec sets replacing the documented one. A {@code
     * code} other than the base's drops the base's subcode and user texts.
     *
     * @throws IllegalArgumentException when neither {@code name} nor {@code status} is set
     */
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
                userMessage != null ? userMessage : b.userMessage());
        return new Answer.Error(UNDOCUMENTED.equals(base.name()) ? null : base.name(), status != null ? status : base.httpStatus(), error);
    }

    private static DocumentedError undocumented(int status) {
        boolean server = status >= 500;
        GraphError e = server
                ? GraphError.of("Service temporarily unavailable", "GraphMethodException", 2).withTransient(true)
                : GraphError.of("Request failed with status " + status, "OAuthException", 100);
        return new DocumentedError(UNDOCUMENTED, status, "undocumented status " + status, e);
    }
}
