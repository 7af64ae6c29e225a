package dev.wamock.server.internal;

import dev.wamock.server.ServerOptions;

/** Everything a running server's handlers share. */
public final class ServerState {
    private final ServerOptions options;
    private final ScenarioEngine scenarios;
    private final JournalRecorder journal;
    private final dev.wamock.scenarios.MockClock clock = new dev.wamock.scenarios.MockClock();
    private final Errors errors;

    /** The state of a server started with {@code options}. */
    public ServerState(ServerOptions options) {
        this.options = options;
        this.errors = new Errors(options.profile());
        this.scenarios = new ScenarioEngine(options.scenarios(), options.startScenario(), clock);
        this.journal = new JournalRecorder(options.journalCapacity(),
                options.journalFile() == null ? null : new JournalSink(options.journalFile()));
    }

    private final InFlight inFlight = new InFlight();

    private final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();

    /** Set when the server begins to stop: stalls end at once instead of holding the drain. */
    public java.util.concurrent.atomic.AtomicBoolean stopping() {
        return stopping;
    }

    /** Requests received and not yet answered. */
    public InFlight inFlight() {
        return inFlight;
    }

    /** The options the server started with. */
    public ServerOptions options() {
        return options;
    }

    /** Which scenario answers a request. */
    public ScenarioEngine scenarios() {
        return scenarios;
    }

    /** The errors as the profile shapes them. */
    public Errors errors() {
        return errors;
    }

    /** The scenario clock: windows, delays and clock triggers follow it. */
    public dev.wamock.scenarios.MockClock clock() {
        return clock;
    }

    /** What the server received and answered. */
    public JournalRecorder journal() {
        return journal;
    }

    /** Start configuration again: start scenario, fresh counts, empty journal, real time, full delays. */
    public void reset() {
        clock.real().scaleDelays(1.0);
        scenarios.reset();
        journal.clear();
    }
}
