package dev.wamock.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A response that should be account number details is not. */
public final class ShouldBeAccountNumber extends BasicErrorMessageFactory {

    private ShouldBeAccountNumber(Object response, String reason) {
        super("%nExpecting response:%n  %s%nto be account number details (HTTP 2xx with a JSON object body)%nbut %s",
                unquotedString(String.valueOf(response)), unquotedString(reason));
    }

    /** The message for {@code response}, with why it is not account number details. */
    public static ErrorMessageFactory because(Object response, String reason) {
        return new ShouldBeAccountNumber(response, reason);
    }
}
