package dev.wamock.assertions.internal.response;

import dev.wamock.assertions.internal.journal.Timeline;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A response body breaks the contract's schema for its status. */
public final class ShouldConformToSchema extends BasicErrorMessageFactory {
    private static final String RULE = "%nExpecting response body:%n  %s%nto conform to the contract schema %s"
            + " (the schema of HTTP %s answers%s in openapi.yaml)%nbut ";

    private ShouldConformToSchema(String format, Object... arguments) {
        super(format, arguments);
    }

    /** The message for a body that breaks {@code schema}: each JSON pointer with the rule it breaks. */
    public static ErrorMessageFactory violations(int status, String body, String schema, List<String> violations) {
        return new ShouldConformToSchema(RULE + "found %s:%n%s", unquotedString(body), unquotedString(schema),
                status, unquotedString(profileOf(schema)),
                unquotedString(violations.size() + (violations.size() == 1 ? " violation" : " violations")),
                unquotedString(Timeline.indent(violations)));
    }

    /** The message for a body that is not JSON at all. */
    public static ErrorMessageFactory notJson(int status, String body, String schema) {
        return new ShouldConformToSchema(RULE + "it is not JSON", unquotedString(String.valueOf(body)),
                unquotedString(schema), status, unquotedString(profileOf(schema)));
    }

    private static String profileOf(String schema) {
        return schema.startsWith("Observed") ? " under the graph-observed profile" : "";
    }
}
