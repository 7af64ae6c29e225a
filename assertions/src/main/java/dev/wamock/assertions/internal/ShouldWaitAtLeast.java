package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import java.time.Duration;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Some retries came sooner than a minimum wait. */
public final class ShouldWaitAtLeast extends BasicErrorMessageFactory {

    private ShouldWaitAtLeast(Journal whole, Attempts attempts, Duration minimum, List<Waits.Wait> tooSoon) {
        super("%nExpecting every retry to wait at least %s after the failed answer%nbut these came sooner:%n%s"
                        + "%nJournal:%n%s", unquotedString(Timeline.ms(minimum.toNanos())),
                unquotedString(Timeline.indent(tooSoon.stream().map(Waits.Wait::describe).toList())),
                unquotedString(Timeline.of(whole, Notes.tooSoon(tooSoon), attempts)));
    }

    /** The message for the retries that came sooner than {@code minimum} after the answer they follow. */
    public static ErrorMessageFactory of(Journal whole, Attempts attempts, Duration minimum, List<Waits.Wait> tooSoon) {
        return new ShouldWaitAtLeast(whole, attempts, minimum, tooSoon);
    }
}
