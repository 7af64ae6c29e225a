package dev.wamock.junit;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import java.net.URI;
import java.util.Objects;

/**
 * A test's view of its wamock server: where it listens, which scenario is active, what it received.
 * Implements {@link WamockControl}, so a test body written against {@code WamockControl} also runs
 * against a wamock container.
 *
 * <p>{@link #clock()} is the server's clock: switch it to manual and advance it through rate-limit
 * windows and outages instead of sleeping.
 */
public final class WamockHandle implements WamockControl {
    private final WamockServer server;

    private WamockHandle(WamockServer server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    /** A handle on a server you started yourself; the extension makes its own. */
    public static WamockHandle of(WamockServer server) {
        return new WamockHandle(server);
    }

    @Override
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The base URL joined with {@code pathAndQuery}, e.g. {@code uri("/v23.0/106540352242922?fields=status")}. */
    public URI uri(String pathAndQuery) {
        String tail = pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery;
        return URI.create(server.baseUrl() + tail);
    }

    @Override
    public void use(Scenario scenario) {
        server.use(scenario);
    }

    @Override
    public void use(String scenarioName) {
        server.use(scenarioName);
    }

    /** Empties the journal and deactivates the scenario, including one set by {@link WamockScenario}. */
    @Override
    public void reset() {
        server.reset();
    }

    @Override
    public Journal journal() {
        return server.journal();
    }

    @Override
    public void clearJournal() {
        server.clearJournal();
    }

    @Override
    public ScenarioProgress progress() {
        return server.progress();
    }

    @Override
    public dev.wamock.scenarios.MockClock clock() {
        return server.clock();
    }

    /** Two handles are equal when they drive the same server. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WamockHandle h && h.server == server;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(server);
    }

    @Override
    public String toString() {
        return "WamockHandle[" + server.baseUrl() + "]";
    }
}
