package dev.wamock.assertions.internal.backoff;

import dev.wamock.assertions.internal.journal.Attempts;
import dev.wamock.assertions.internal.journal.Timeline;
import dev.wamock.scenarios.Journal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Some requests came sooner than a wait the rule asks for: a minimum wait, the answer's {@code retry-after}, or its
 * {@code estimated_time_to_regain_access}. One layout, the rule and the waits found:
 * {@code Expecting <rule> but these came sooner: … Journal: …}.
 */
public final class ShouldWaitLonger extends BasicErrorMessageFactory {
    private ShouldWaitLonger(Journal whole, Attempts attempts, String rule, List<String> lines,
                             Map<Long, String> notes) {
        super("%nExpecting %s%nbut these came sooner:%n%s%nJournal:%n%s", unquotedString(rule),
                unquotedString(Timeline.indent(lines)), unquotedString(Timeline.of(whole, notes, attempts)));
    }

    /**
     * {@code tooSoon}: each early wait with what the server asked for, in words ({@code ", which asked for …"}), or
     * empty when the rule's own minimum was not met.
     */
    public static ErrorMessageFactory of(Journal whole, Attempts attempts, String rule,
                                         Map<Waits.Wait, String> tooSoon) {
        List<String> lines = tooSoon.entrySet().stream().map(e -> e.getKey().describe() + e.getValue()).toList();
        Map<Long, String> notes = new LinkedHashMap<>();
        tooSoon.keySet().forEach(w -> notes.put(w.after().seq(), "too soon"));
        return new ShouldWaitLonger(whole, attempts, rule, lines, notes);
    }
}
