package dev.wamock.junit.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockControl;
import java.util.ArrayList;
import java.util.List;

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
        List<JournalReport> reports = new ArrayList<>();
        for (WamockControl control : controls) {
            Journal journal = Journals.readable(control);
            if (journal != null && journal.total() > 0) {
                reports.add(new JournalReport(describe(journal, progress(control), control.baseUrl())));
            }
        }
        if (reports.isEmpty() && !controls.isEmpty() && Journals.readable(controls.get(0)) != null) {
            WamockControl own = controls.get(0);
            reports.add(new JournalReport(describe(own.journal(), progress(own), own.baseUrl())));
        }
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
