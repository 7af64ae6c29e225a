package dev.wamock.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import tools.jackson.databind.JsonNode;

/** A property of a Graph error ({@code code}, {@code error_subcode}, {@code type}) has another value. */
public final class ShouldHaveErrorProperty extends BasicErrorMessageFactory {

    private ShouldHaveErrorProperty(String body, String property, Object expected, String actual) {
        super("%nExpecting the Graph error's %s to be:%n  %s%nbut was:%n  %s%nin body:%n  %s",
                unquotedString(property), unquotedString(Json.write(expected)), unquotedString(actual),
                unquotedString(body));
    }

    /** The message for an error whose {@code property} is {@code actual} instead of {@code expected}. */
    public static ErrorMessageFactory of(String body, String property, Object expected, JsonNode actual) {
        String shown = actual == null || actual.isMissingNode() ? "absent" : actual.toString();
        return new ShouldHaveErrorProperty(body, property, expected, shown);
    }
}
