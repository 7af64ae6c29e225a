package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.Journal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The client repeated a request it should not have: one that got a permanent error, or an answer of a status or
 * Graph code the test forbids retrying. One layout, the rule and the retries found:
 * {@code Expecting the client <rule> but it repeated: … Journal: …}.
 */
public final class ShouldNotRepeat extends BasicErrorMessageFactory {
    private static final String ONLY_TRANSIENT = "to retry only transient errors: 5xx, 429, is_transient: true and"
            + " connection faults (is_transient: true wins over the status: a 400 with it may be retried); a request"
            + " answered 400, 401, 403, 404 or 422 without it must not be repeated as is (fix the request, token or"
            + " permission instead)";

    private ShouldNotRepeat(Journal whole, String rule, List<Retries.Retry> retries) {
        super("%nExpecting the client %s%nbut it repeated:%n%s%nJournal:%n%s", unquotedString(rule),
                unquotedString(Timeline.indent(retries.stream().map(Retries.Retry::describe).toList())),
                unquotedString(Timeline.of(whole, notes(retries))));
    }

    /** The retries of requests that got a permanent error, each with the answer it repeats. */
    public static ErrorMessageFactory permanentErrors(Journal whole, List<Retries.Retry> retries) {
        return new ShouldNotRepeat(whole, ONLY_TRANSIENT, retries);
    }

    /** The retries of requests answered with HTTP {@code status}. */
    public static ErrorMessageFactory status(Journal whole, int status, List<Retries.Retry> retries) {
        return new ShouldNotRepeat(whole, "not to repeat a request answered with HTTP " + status, retries);
    }

    /** The retries of requests answered with Graph code {@code code}. */
    public static ErrorMessageFactory code(Journal whole, int code, List<Retries.Retry> retries) {
        return new ShouldNotRepeat(whole, "not to repeat a request answered with Graph code " + code, retries);
    }

    /** {@code ← retry of #1} on each retry. */
    private static Map<Long, String> notes(List<Retries.Retry> retries) {
        Map<Long, String> notes = new LinkedHashMap<>();
        retries.forEach(r -> notes.put(r.next().seq(), "retry of #" + r.previous().seq()));
        return notes;
    }
}
