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
import dev.wamock.scenarios.internal.Mappers;
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
 */
public final class WamockClient implements WamockControl {
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

    @Override
    public String baseUrl() {
        return admin.baseUrl();
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
        return "WamockClient[" + admin.baseUrl() + "]";
    }
}
