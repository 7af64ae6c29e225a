package dev.wamock.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A Graph error's {@code is_transient} says the opposite of what the test expects. */
public final class ShouldBeTransient extends BasicErrorMessageFactory {

    private ShouldBeTransient(String rule, String actual, String body) {
        super("%nExpecting the Graph error %s%nbut is_transient was %s%nin body:%n  %s",
                unquotedString(rule), unquotedString(actual), unquotedString(body));
    }

    /** The message for an error that should say {@code is_transient: true} and says {@code actual}. */
    public static ErrorMessageFactory shouldBeTransient(String body, String actual) {
        return new ShouldBeTransient("to be transient (is_transient: true, so a client may retry it)", actual, body);
    }

    /** The message for an error that says {@code is_transient: true} and should not. */
    public static ErrorMessageFactory shouldNotBeTransient(String body) {
        return new ShouldBeTransient("not to be transient (is_transient absent or false, so a client must not retry it)",
                "true", body);
    }
}
