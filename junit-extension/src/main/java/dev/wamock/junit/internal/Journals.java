package dev.wamock.junit.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.WamockControl;

/** Reads a control's journal for a report, where it can be read at all (a stopped container cannot). */
final class Journals {
    private Journals() {
    }

    /** The journal, or null when the server cannot be asked. */
    static Journal readable(WamockControl control) {
        try {
            return control.journal();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
