package dev.wamock.assertions.internal;

import dev.wamock.scenarios.DocumentedError;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A Graph error differs from the documented one in status, type, code or subcode. */
public final class ShouldMatchDocumentedError extends BasicErrorMessageFactory {

    private ShouldMatchDocumentedError(Object response, DocumentedError documented, List<String> differences) {
        super("%nExpecting response:%n  %s%nto match the documented error %s:%n  %s%nbut %s",
                unquotedString(String.valueOf(response)), unquotedString(documented.name()),
                unquotedString(summary(documented)), unquotedString(String.join(", ", differences)));
    }

    /** The message for {@code response}, which differs from {@code documented} as {@code differences} list. */
    public static ErrorMessageFactory of(Object response, DocumentedError documented, List<String> differences) {
        return new ShouldMatchDocumentedError(response, documented, differences);
    }

    /** {@code HTTP 429, type OAuthException, code 4, subcode 2446079}. */
    public static String summary(DocumentedError d) {
        return "HTTP " + d.status() + ", type " + d.error().type() + ", code " + d.error().code()
                + ", subcode " + (d.error().subcode() == null ? "none" : d.error().subcode());
    }
}
