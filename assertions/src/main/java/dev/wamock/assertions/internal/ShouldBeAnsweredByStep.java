package dev.wamock.assertions.internal;

import dev.wamock.scenarios.JournalEntry;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A request was answered by another scenario step than the one labelled so, or by none. */
public final class ShouldBeAnsweredByStep extends BasicErrorMessageFactory {

    private ShouldBeAnsweredByStep(JournalEntry entry, String label, String found) {
        super("%nExpecting request:%n  %s%nto have been answered by the scenario step labelled:%n  %s%nbut %s",
                unquotedString(entry.describe()), label, unquotedString(found));
    }

    /** Why {@code entry} was not answered by the step labelled {@code label}, or null when it was. */
    public static ErrorMessageFactory of(JournalEntry entry, String label) {
        if (label.equals(entry.stepLabel())) {
            return null;
        }
        String found;
        if (entry.scenario() == null) {
            found = "no scenario was active";
        } else if (entry.step() == null) {
            found = "no step of " + entry.scenario() + " answered it (the data-driven behaviour did)";
        } else {
            found = "step " + entry.step() + " of " + entry.scenario() + " answered it ("
                    + (entry.stepDescription() == null ? "no description" : entry.stepDescription()) + "), "
                    + (entry.stepLabel() == null ? "which has no label" : "labelled '" + entry.stepLabel() + "'");
        }
        return new ShouldBeAnsweredByStep(entry, label, found);
    }
}
