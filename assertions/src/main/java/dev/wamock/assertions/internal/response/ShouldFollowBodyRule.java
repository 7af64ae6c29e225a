package dev.wamock.assertions.internal.response;

import dev.wamock.assertions.internal.Json;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import tools.jackson.databind.JsonNode;

/**
 * A Graph error or account number details break a rule on their body: a property or field has another value (or
 * none), {@code is_transient} says the opposite, the trace ID is not fresh. One layout, the rule and what was found
 * in it: {@code Expecting <subject> <rule> but <found> in body: …}; values are shown as JSON.
 */
public final class ShouldFollowBodyRule extends BasicErrorMessageFactory {
    private static final String NL = System.lineSeparator();
    private static final String GRAPH_ERROR = "the Graph error";

    private ShouldFollowBodyRule(String subject, String rule, String found, String body) {
        super("%nExpecting %s %s%nbut %s%nin body:%n  %s", unquotedString(subject), unquotedString(rule),
                unquotedString(found), unquotedString(body));
    }

    /** The error's {@code property} is {@code actual} (null or missing: absent) instead of {@code expected}. */
    public static ErrorMessageFactory errorProperty(String body, String property, Object expected, JsonNode actual) {
        return value(GRAPH_ERROR + "'s " + property, expected, actual, body);
    }

    /** The details' {@code field} is {@code actual} (null or missing: absent) instead of {@code expected}. */
    public static ErrorMessageFactory accountNumberField(String body, String field, Object expected, JsonNode actual) {
        return value("the account number's " + field, expected, actual, body);
    }

    /** The error should say {@code is_transient: true} and says {@code actual} ({@code absent}, {@code false}, …). */
    public static ErrorMessageFactory shouldBeTransient(String body, String actual) {
        return new ShouldFollowBodyRule(GRAPH_ERROR, "to be transient (is_transient: true, so a client may retry it)",
                "is_transient was " + actual, body);
    }

    /** The error says {@code is_transient: true} and should not. */
    public static ErrorMessageFactory shouldNotBeTransient(String body) {
        return new ShouldFollowBodyRule(GRAPH_ERROR, "not to be transient (is_transient absent or false, so a client"
                + " must not retry it)", "is_transient was true", body);
    }

    /** The error has no fresh trace ID, for {@code reason}. */
    public static ErrorMessageFactory freshTraceId(String reason, String body) {
        return new ShouldFollowBodyRule(GRAPH_ERROR, "to carry a fresh fbtrace_id (present, not the contract's example,"
                + " and equal to the x-fb-trace-id header when there is one)", reason, body);
    }

    private static ErrorMessageFactory value(String subject, Object expected, JsonNode actual, String body) {
        boolean absent = actual == null || actual.isMissingNode();
        return new ShouldFollowBodyRule(subject, "to be:" + NL + "  " + Json.write(expected),
                absent ? "the field was absent" : "was:" + NL + "  " + actual, body);
    }
}
