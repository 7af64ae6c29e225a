package dev.wamock.junit.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockControl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journal of a failed test's server as a timeline, added to the failure as a suppressed exception
 * so the failure keeps its type (an {@code AssertionFailedError} stays one) and the report shows what
 * the client sent and what the server answered. Carries no stack trace of its own.
 */
public final class JournalReport extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private JournalReport(String message) {
        super(message, null, false, false);
    }

    /**
     * Adds to {@code failure}, once, the timeline of each control that received requests in this test, or
     * of the first control (the extension's own server) when none did.
     */
    static void attach(Throwable failure, List<WamockControl> controls) {
        for (Throwable suppressed : failure.getSuppressed()) {
            if (suppressed instanceof JournalReport) {
                return;
            }
        }
        Map<WamockControl, Journal> readable = new LinkedHashMap<>();
        for (WamockControl control : controls) {
            Journal journal = Journals.readable(control);
            if (journal != null) {
                readable.put(control, journal);
            }
        }
        List<WamockControl> used = readable.keySet().stream().filter(c -> readable.get(c).total() > 0).toList();
        if (used.isEmpty() && !controls.isEmpty() && readable.containsKey(controls.get(0))) {
            used = List.of(controls.get(0));
        }
        List<JournalReport> reports = used.stream()
                .map(c -> new JournalReport(describe(readable.get(c), progress(c), c.baseUrl()))).toList();
        reports.forEach(failure::addSuppressed);
    }

    private static ScenarioProgress progress(WamockControl control) {
        try {
            return control.progress();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String describe(Journal journal, ScenarioProgress progress, String baseUrl) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder("wamock journal of this test (")
                .append(journal.total()).append(journal.total() == 1 ? " request" : " requests")
                .append(" to ").append(baseUrl).append("):").append(nl)
                .append(journal.timeline());
        if (progress != null) {
            if (!sb.toString().endsWith(nl)) {
                sb.append(nl);
            }
            sb.append("active scenario '").append(progress.name()).append("':").append(nl);
            for (ScenarioProgress.StepProgress step : progress.steps()) {
                sb.append("  step ").append(step.index()).append(": ").append(step.step())
                        .append(" — answered ").append(step.answered()).append(nl);
            }
        }
        return sb.toString().stripTrailing();
    }
}
