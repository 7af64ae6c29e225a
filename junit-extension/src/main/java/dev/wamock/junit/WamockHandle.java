package dev.wamock.junit;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import java.net.URI;
import java.util.Objects;

/**
 * A test's view of its wamock server: where it listens, which scenario is active, what it received.
 * Implements {@link WamockControl}, so a test body written against {@code WamockControl} also runs
 * against a wamock container.
 *
 * <p>In url mode ({@link WamockTest#url()}) it drives the test's session of a running server: its
 * {@link #baseUrl()} is the session's ({@code http://host:port/sessions/<id>}), and its scenario, clock and
 * journal are the session's alone.
 *
 * <p>{@link #clock()} is the server's clock: switch it to manual and advance it through rate-limit
 * windows and outages instead of sleeping.
 */
public final class WamockHandle implements WamockControl {
    private final WamockControl server;

    private WamockHandle(WamockControl server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    /**
     * A handle on a server you started yourself ({@code WamockServer}), or on any other {@link WamockControl} (a
     * session, a container); the extension makes its own.
     */
    public static WamockHandle of(WamockControl server) {
        return new WamockHandle(server);
    }

    /** {@code http://host:port}, or in url mode the test's session: {@code http://host:port/sessions/<id>}. */
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
    public WamockClock clock() {
        return server.clock();
    }

    /** Two handles are equal when they drive the same server (or session). */
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
