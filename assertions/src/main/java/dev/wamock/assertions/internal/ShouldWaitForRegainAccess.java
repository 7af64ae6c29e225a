package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The next request for a number came before estimated_time_to_regain_access had passed. */
public final class ShouldWaitForRegainAccess extends BasicErrorMessageFactory {

    private ShouldWaitForRegainAccess(Journal whole, Attempts attempts, List<String> lines, Map<Long, String> notes) {
        super("%nExpecting the client to wait out estimated_time_to_regain_access (minutes, in the"
                        + " x-business-use-case-usage response header) before its next request for the number"
                        + "%nbut these came sooner:%n%s%nJournal:%n%s",
                unquotedString(Timeline.indent(lines)), unquotedString(Timeline.of(whole, notes, attempts)));
    }

    /** {@code tooSoon}: each early wait with the time the header asked for. */
    public static ErrorMessageFactory of(Journal whole, Attempts attempts, Map<Waits.Wait, Duration> tooSoon) {
        List<String> lines = tooSoon.entrySet().stream().map(e -> e.getKey().describe()
                + ", which asked to regain access in " + e.getValue().toMinutes() + " min ("
                + Timeline.ms(e.getValue().toNanos()) + ")").toList();
        return new ShouldWaitForRegainAccess(whole, attempts, lines, Notes.tooSoon(tooSoon.keySet()));
    }
}
