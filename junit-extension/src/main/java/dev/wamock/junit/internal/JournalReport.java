package dev.wamock.junit.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.server.WamockServer;

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

    /** Adds the timeline of {@code server} to {@code failure}, once. */
    static void attach(Throwable failure, WamockServer server) {
        for (Throwable suppressed : failure.getSuppressed()) {
            if (suppressed instanceof JournalReport) {
                return;
            }
        }
        failure.addSuppressed(new JournalReport(describe(server.journal(), server.progress(), server.baseUrl())));
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
