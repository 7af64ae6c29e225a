package dev.wamock.assertions.internal.response;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Account number details carry other fields than the ones asked for. */
public final class ShouldHaveOnlyFields extends BasicErrorMessageFactory {

    private ShouldHaveOnlyFields(List<String> expected, List<String> actual, List<String> missing,
                                 List<String> unexpected) {
        super("%nExpecting the account number to have only the fields:%n  %s%nbut it had:%n  %s%nmissing: %s%n"
                + "unexpected: %s", unquotedString(String.join(", ", expected)), unquotedString(String.join(", ", actual)),
                unquotedString(String.join(", ", missing)), unquotedString(String.join(", ", unexpected)));
    }

    /** The message for details with the fields {@code actual} instead of {@code expected}. */
    public static ErrorMessageFactory of(List<String> expected, List<String> actual) {
        List<String> missing = expected.stream().filter(f -> !actual.contains(f)).toList();
        List<String> unexpected = actual.stream().filter(f -> !expected.contains(f)).toList();
        return new ShouldHaveOnlyFields(expected, actual, missing.isEmpty() ? List.of("none") : missing,
                unexpected.isEmpty() ? List.of("none") : unexpected);
    }
}
