package dev.wamock.client;

import dev.wamock.client.internal.AdminClock;
import dev.wamock.client.internal.AdminHttp;
import dev.wamock.client.internal.BaseUrls;
import dev.wamock.client.internal.RemoteJournal;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.state.StateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A wamock server that runs elsewhere ({@code java -jar wamock-server.jar}, {@code docker run}, a CI
 * service), driven over its admin API ({@code /__wamock/…}) through the same {@link WamockControl} as the
 * in-process server, so one test body runs against either:
 * <pre>
 * WamockClient wamock = WamockClient.connect("http://localhost:8080", "fake-admin-token");
 * wamock.use("transient-then-ok");
 * // … point the client under test at wamock.baseUrl() …
 * assertThat(wamock.journal().await(3, Duration.ofSeconds(5)).size()).isEqualTo(3);
 * </pre>
 * Each method is one HTTP call that has taken effect on the server when it returns. A refused scenario
 * or clock value fails with {@link IllegalArgumentException} and the server's message, as the
 * in-process server does. Immutable and safe to share between threads; it holds no connection to close.
 *
 * <p>{@link #session(String)} gives a client of one session of the same server: its own scenario, counts, clock
 * and journal, so parallel tests can share one server; {@link #dropSession(String)} forgets it afterwards.
 */
public final class WamockClient implements WamockControl {
    private static final String SESSIONS_PATH = "/sessions/";
    private final AdminHttp admin;
    private final RemoteJournal journal;

    private WamockClient(AdminHttp admin) {
        this.admin = admin;
        this.journal = new RemoteJournal(admin);
    }

    /** A client of a server whose admin API is open (started without {@code --admin-token}). */
    public static WamockClient connect(String baseUrl) {
        return connect(baseUrl, null);
    }

    /**
     * A client of the server at {@code baseUrl} ({@code http://host:port}), sending {@code adminToken} (the
     * server's {@code --admin-token} / {@code WAMOCK_ADMIN_TOKEN}; null for an open admin API) on every
     * call. Asks the server once, so a wrong URL or token fails here, with what to check.
     *
     * @throws IllegalArgumentException     when {@code baseUrl} is not an http(s) URL
     * @throws java.io.UncheckedIOException when nothing answers at {@code baseUrl}
     * @throws IllegalStateException        when the server refuses the token or is not a wamock server
     */
    public static WamockClient connect(String baseUrl, String adminToken) {
        WamockClient client = new WamockClient(new AdminHttp(BaseUrls.normalize(baseUrl), adminToken));
        client.progress();
        return client;
    }

    /**
     * {@code http://host:port}, or for a {@link #session(String) session} {@code http://host:port/sessions/<id>}:
     * the base URL to give the client under test, whose requests then land in this client's session.
     */
    @Override
    public String baseUrl() {
        return admin.sessionId() == null ? admin.baseUrl() : admin.baseUrl() + SESSIONS_PATH + admin.sessionId();
    }

    /**
     * A client of session {@code id} of the same server, on the same connections: every admin call names the
     * session ({@code X-Wamock-Session}), so {@code use}, {@code reset}, the clock and the journal act on it alone,
     * and {@link #baseUrl()} is {@code http://host:port/sessions/<id>}, which the server serves and journals in
     * that session. The server makes the session on first use, with its start scenario; asks nothing here.
     *
     * @param id 1 to 64 letters, digits, {@code . _ : -}, not dots alone; unique among the tests that share the server
     * @throws IllegalArgumentException for an ID that breaks that rule
     */
    public WamockClient session(String id) {
        return new WamockClient(admin.session(StateStore.checkSessionId(id)));
    }

    /**
     * {@code DELETE /__wamock/session}: the server forgets session {@code id} (its scenario, counts, clock and
     * journal); a server keeps at most 1 000 sessions, so drop each when its test ends. Dropping one that does
     * not exist does nothing.
     *
     * @throws IllegalArgumentException for an ID that breaks the rule of {@link #session(String)}
     */
    public void dropSession(String id) {
        admin.session(StateStore.checkSessionId(id)).send("DELETE", "/session", null);
    }

    /** {@code GET /__wamock/sessions}: the IDs of the server's sessions, the default one ({@code ""}) first. */
    public List<String> sessions() {
        List<String> ids = new ArrayList<>();
        Mappers.JSON.readTree(admin.send("GET", "/sessions", null)).path("sessions").forEach(n -> ids.add(n.asString()));
        return ids;
    }

    /** {@code PUT /__wamock/scenario} with the scenario as JSON. */
    @Override
    public void use(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        admin.send("PUT", "/scenario", Mappers.JSON.writeValueAsString(scenario));
    }

    /** {@code PUT /__wamock/scenario} with {@code {"name": …}}. */
    @Override
    public void use(String scenarioName) {
        Objects.requireNonNull(scenarioName, "scenarioName");
        admin.send("PUT", "/scenario", Mappers.JSON.writeValueAsString(Map.of("name", scenarioName)));
    }

    /** {@code POST /__wamock/reset}. */
    @Override
    public void reset() {
        admin.send("POST", "/reset", null);
    }

    /** {@code GET /__wamock/journal}; {@code await} on it asks the server again until enough has landed. */
    @Override
    public Journal journal() {
        return journal.snapshot();
    }

    /** {@code DELETE /__wamock/journal}. */
    @Override
    public void clearJournal() {
        admin.send("DELETE", "/journal", null);
    }

    /** {@code GET /__wamock/scenario}: the active scenario's progress, or null. */
    @Override
    public ScenarioProgress progress() {
        JsonNode active = Mappers.JSON.readTree(admin.send("GET", "/scenario", null)).get("active");
        return active == null || active.isNull() ? null : Mappers.JSON.treeToValue(active, ScenarioProgress.class);
    }

    /** The server's clock over {@code POST /__wamock/clock}: {@code clock().manual().advance(Duration.ofMinutes(1))}. */
    @Override
    public WamockClock clock() {
        return new AdminClock(admin);
    }

    @Override
    public String toString() {
        return "WamockClient[" + baseUrl() + "]";
    }
}
