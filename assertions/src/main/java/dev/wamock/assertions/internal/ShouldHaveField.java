package dev.wamock.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import tools.jackson.databind.JsonNode;

/** A field of account number details has another value, or is absent. Values are shown as JSON. */
public final class ShouldHaveField extends BasicErrorMessageFactory {

    private ShouldHaveField(String format, Object... arguments) {
        super(format, arguments);
    }

    /** The message for details whose {@code field} is {@code actual} (null: absent) instead of {@code expected}. */
    public static ErrorMessageFactory of(String body, String field, Object expected, JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            return new ShouldHaveField("%nExpecting the account number's %s to be:%n  %s%nbut the field was absent"
                    + "%nin body:%n  %s", unquotedString(field), unquotedString(Json.write(expected)),
                    unquotedString(body));
        }
        return new ShouldHaveField("%nExpecting the account number's %s to be:%n  %s%nbut was:%n  %s%nin body:%n  %s",
                unquotedString(field), unquotedString(Json.write(expected)), unquotedString(actual.toString()),
                unquotedString(body));
    }
}
