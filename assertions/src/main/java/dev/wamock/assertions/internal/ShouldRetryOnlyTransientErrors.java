package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The client repeated a request that got a permanent error. */
public final class ShouldRetryOnlyTransientErrors extends BasicErrorMessageFactory {
    static final String RULE = "retry only transient errors: 5xx, 429, is_transient: true and connection faults"
            + " (is_transient: true wins over the status: a 400 with it may be retried); a request answered 400, 401,"
            + " 403, 404 or 422 without it must not be repeated as is (fix the request, token or permission instead)";

    private ShouldRetryOnlyTransientErrors(Journal whole, List<Answers.Pair> retries) {
        super("%nExpecting the client to %s%nbut it repeated:%n%s%nJournal:%n%s", unquotedString(RULE),
                unquotedString(Timeline.indent(retries.stream().map(Answers.Pair::describe).toList())),
                unquotedString(Timeline.of(whole, Notes.retries(retries))));
    }

    /** The message for the retries of requests that got a permanent error, each with the answer it repeats. */
    public static ErrorMessageFactory of(Journal whole, List<Answers.Pair> forbiddenRetries) {
        return new ShouldRetryOnlyTransientErrors(whole, forbiddenRetries);
    }
}
