package dev.wamock.junit.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockControl;
import java.io.PrintWriter;
import java.io.StringWriter;
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
    private static final int TRACE_LINES = 40;

    private JournalReport(String message) {
        super(message, null, false, false);
    }

    /**
     * Adds to {@code failure}, once, the timeline of each control that received requests in this test, or
     * of the first control (the extension's own server) when none did, each with the path of its HTML timeline.
     */
    static void attach(Throwable failure, List<WamockControl> controls, HtmlReports html) {
        for (Throwable suppressed : failure.getSuppressed()) {
            if (suppressed instanceof JournalReport) {
                return;
            }
        }
        Map<WamockControl, Journal> readable = new LinkedHashMap<>();
        for (WamockControl control : controls) {
            Journal journal = UsedControls.journalOf(control);
            if (journal != null) {
                readable.put(control, journal);
            }
        }
        List<WamockControl> used = readable.keySet().stream().filter(c -> readable.get(c).total() > 0).toList();
        if (used.isEmpty() && !controls.isEmpty() && readable.containsKey(controls.get(0))) {
            used = List.of(controls.get(0));
        }
        List<JournalReport> reports = used.stream().map(c -> report(failure, readable.get(c), progress(c), c.baseUrl(), html))
                .toList();
        reports.forEach(failure::addSuppressed);
    }

    private static JournalReport report(Throwable failure, Journal journal, ScenarioProgress progress, String baseUrl,
                                        HtmlReports html) {
        String text = describe(journal, progress, baseUrl);
        String scenario = steps(progress);
        String line = html.write(journal, baseUrl, stackTrace(failure)
                + (scenario.isEmpty() ? "" : System.lineSeparator() + System.lineSeparator() + scenario));
        return new JournalReport(line == null ? text : text + System.lineSeparator() + line);
    }

    private static ScenarioProgress progress(WamockControl control) {
        try {
            return control.progress();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The failure's stack trace, its first {@value #TRACE_LINES} lines; never throws. */
    private static String stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        try {
            failure.printStackTrace(new PrintWriter(trace));
        } catch (RuntimeException e) { // a failure whose getMessage() throws
            trace.write(failure.getClass().getName() + " (its message could not be read: " + e + ")");
        }
        List<String> lines = trace.toString().lines().toList();
        return String.join(System.lineSeparator(), lines.subList(0, Math.min(lines.size(), TRACE_LINES)))
                + (lines.size() > TRACE_LINES ? System.lineSeparator() + "\t… " + (lines.size() - TRACE_LINES) + " more lines" : "");
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
            sb.append(steps(progress));
        }
        return sb.toString().stripTrailing();
    }

    /** The active scenario and each step's count, or empty when none is active. */
    private static String steps(ScenarioProgress progress) {
        if (progress == null) {
            return "";
        }
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder("active scenario '").append(progress.name()).append("':").append(nl);
        for (ScenarioProgress.StepProgress step : progress.steps()) {
            sb.append("  step ").append(step.index()).append(": ").append(step.step())
                    .append(" — answered ").append(step.answered()).append(nl);
        }
        return sb.toString();
    }
}
