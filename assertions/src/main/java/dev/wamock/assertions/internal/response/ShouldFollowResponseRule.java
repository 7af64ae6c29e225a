package dev.wamock.assertions.internal.response;

import dev.wamock.scenarios.DocumentedError;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * An answer breaks a rule on the whole response: its status, its kind (account number details or a Graph error), or
 * the documented error it should match. One layout, the rule and what was found in it:
 * {@code Expecting response: … to <rule> but <found>}.
 */
public final class ShouldFollowResponseRule extends BasicErrorMessageFactory {
    private static final String NL = System.lineSeparator();

    private ShouldFollowResponseRule(Object response, String rule, String found) {
        super("%nExpecting response:%n  %s%nto %s%nbut %s", unquotedString(String.valueOf(response)),
                unquotedString(rule), unquotedString(found));
    }

    /** {@code response} was answered {@code status} instead of {@code expected}. */
    public static ErrorMessageFactory httpStatus(Object response, int status, int expected) {
        return new ShouldFollowResponseRule(response, "have HTTP status:" + NL + "  " + expected,
                "was:" + NL + "  " + status);
    }

    /** {@code response} is not of {@code kind}, for {@code reason} ({@link ResponseKind#problem}). */
    public static ErrorMessageFactory kind(Object response, ResponseKind kind, String reason) {
        return new ShouldFollowResponseRule(response, kind.rule(), reason);
    }

    /** {@code response} differs from {@code documented} as {@code differences} list. */
    public static ErrorMessageFactory documentedError(Object response, DocumentedError documented,
                                                      List<String> differences) {
        return new ShouldFollowResponseRule(response, "match the documented error " + documented.name() + ":" + NL
                + "  " + summary(documented), String.join(", ", differences));
    }

    /** {@code HTTP 429, type OAuthException, code 4, subcode 2446079}. */
    private static String summary(DocumentedError d) {
        return "HTTP " + d.status() + ", type " + d.error().type() + ", code " + d.error().code()
                + ", subcode " + (d.error().subcode() == null ? "none" : d.error().subcode());
    }
}
