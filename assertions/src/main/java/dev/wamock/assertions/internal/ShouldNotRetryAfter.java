package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The client repeated a request after an answer it was expected not to retry. */
public final class ShouldNotRetryAfter extends BasicErrorMessageFactory {

    private ShouldNotRetryAfter(Journal whole, String answer, List<Answers.Pair> retries) {
        super("%nExpecting the client not to repeat a request answered %s%nbut it repeated:%n%s%nJournal:%n%s",
                unquotedString(answer), unquotedString(Timeline.indent(retries.stream().map(Answers.Pair::describe).toList())),
                unquotedString(Timeline.of(whole, Notes.retries(retries))));
    }

    /** The message for {@code retries} of requests answered with HTTP {@code status}. */
    public static ErrorMessageFactory status(Journal whole, int status, List<Answers.Pair> retries) {
        return new ShouldNotRetryAfter(whole, "with HTTP " + status, retries);
    }

    /** The message for {@code retries} of requests answered with Graph code {@code code}. */
    public static ErrorMessageFactory code(Journal whole, int code, List<Answers.Pair> retries) {
        return new ShouldNotRetryAfter(whole, "with Graph code " + code, retries);
    }
}
