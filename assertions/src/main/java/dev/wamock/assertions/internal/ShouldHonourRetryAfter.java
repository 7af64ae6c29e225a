package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The next request for a number came before the answer's {@code retry-after} had passed. */
public final class ShouldHonourRetryAfter extends BasicErrorMessageFactory {

    private ShouldHonourRetryAfter(Journal whole, Attempts attempts, List<String> lines, Map<Long, String> notes) {
        super("%nExpecting the client to honour Retry-After: wait at least the retry-after response header's time"
                        + " before its next request for the number%nbut these came sooner:%n%s%nJournal:%n%s",
                unquotedString(Timeline.indent(lines)), unquotedString(Timeline.of(whole, notes, attempts)));
    }

    /** {@code tooSoon}: each early wait with the time retry-after asked for. */
    public static ErrorMessageFactory of(Journal whole, Attempts attempts, Map<Waits.Wait, Duration> tooSoon) {
        List<String> lines = tooSoon.entrySet().stream().map(e -> e.getKey().describe() + ", which asked for retry-after: "
                + RateLimitHeaders.header(e.getKey().before(), RateLimitHeaders.RETRY_AFTER).orElse("?")
                + " (" + Timeline.ms(e.getValue().toNanos()) + ")").toList();
        return new ShouldHonourRetryAfter(whole, attempts, lines, Notes.tooSoon(tooSoon.keySet()));
    }
}
