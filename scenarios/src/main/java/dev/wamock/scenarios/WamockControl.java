package dev.wamock.scenarios;

/**
 * What a test can do with a running wamock, in-process or in a container: one interface, so one test
 * body runs against either.
 */
public interface WamockControl {
    /** {@code http://host:port}, without a trailing slash. */
    String baseUrl();

    /** Makes {@code scenario} the active scenario, with fresh counts. */
    void use(Scenario scenario);

    /** Makes the built-in or loaded scenario of this name active; an unknown name fails with suggestions. */
    void use(String scenarioName);

    /**
     * Back to the start configuration: start scenario (or none), fresh counts, WhatsApp's rules on sends with fresh
     * counters and windows, empty journal.
     */
    void reset();

    /**
     * A snapshot of what the server received so far. It can wait for more
     * ({@code journal().await(3, Duration.ofSeconds(5))}) and be cut at a mark
     * ({@code journal().since(mark)}).
     */
    Journal journal();

    /** Forgets the journal's entries and counts; unlike {@link #reset()}, the scenario's progress stays. */
    void clearJournal();

    /** The active scenario's progress, or null when none is active. */
    ScenarioProgress progress();

    /** The clock windows and rate limits run on: switch it to manual and advance it instead of sleeping. */
    WamockClock clock();
}
