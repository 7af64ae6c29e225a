package dev.wamock.server.internal.state;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.engine.state.SessionState;
import java.util.Objects;

/** One session of an in-process server, driven as a server of its own: its base URL names the session. */
public final class SessionControl implements WamockControl {
    private final SessionState session;
    private final String baseUrl;

    /** Drives {@code session}; {@code serverBaseUrl} is the server's, without the session. */
    public SessionControl(SessionState session, String serverBaseUrl) {
        this.session = session;
        this.baseUrl = session.id().isEmpty() ? serverBaseUrl
                : serverBaseUrl + Sessions.PREFIX + session.id();
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void use(Scenario scenario) {
        session.use(Objects.requireNonNull(scenario, "scenario"));
    }

    @Override
    public void use(String scenarioName) {
        session.use(scenarioName);
    }

    @Override
    public void reset() {
        session.reset();
    }

    @Override
    public Journal journal() {
        return session.journal().snapshot();
    }

    @Override
    public void clearJournal() {
        session.journal().clear();
    }

    @Override
    public ScenarioProgress progress() {
        return session.progress();
    }

    @Override
    public WamockClock clock() {
        return session.clock();
    }

    @Override
    public String toString() {
        return "wamock session '" + session.id() + "' at " + baseUrl;
    }
}
