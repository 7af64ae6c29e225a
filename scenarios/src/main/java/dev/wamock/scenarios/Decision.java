package dev.wamock.scenarios;

/**
 * The outcome of asking a {@link ScenarioRun} about a request: which scenario and step answer, and how.
 * {@code stepIndex} is -1 when no step applied and the data-driven behaviour answers.
 */
public record Decision(String scenario, int stepIndex, Step step, Answer answer) {
    private static final Decision PASS = new Decision(null, -1, null, new Answer.Pass());

    /** No scenario step applies. */
    public static Decision passThrough() {
        return PASS;
    }

    public boolean stepApplied() {
        return stepIndex >= 0;
    }
}
