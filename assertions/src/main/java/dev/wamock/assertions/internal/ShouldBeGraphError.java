package dev.wamock.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A response that should be a Graph error is not. */
public final class ShouldBeGraphError extends BasicErrorMessageFactory {

    private ShouldBeGraphError(Object response, String reason) {
        super("%nExpecting response:%n  %s%nto be a Graph error (HTTP 4xx/5xx with a body {\"error\": {…}})%nbut %s",
                unquotedString(String.valueOf(response)), unquotedString(reason));
    }

    /** The message for {@code response}, with why it is not a Graph error. */
    public static ErrorMessageFactory because(Object response, String reason) {
        return new ShouldBeGraphError(response, reason);
    }
}
