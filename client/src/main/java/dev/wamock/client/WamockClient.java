package dev.wamock.client;

import dev.wamock.client.internal.AdminClock;
import dev.wamock.client.internal.AdminHttp;
import dev.wamock.client.internal.BaseUrls;
import dev.wamock.client.internal.RemoteJournal;
import dev.wamock.client.internal.WebhookJson;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.state.StateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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
 *
 * <p>Webhooks (docs/webhooks.md): {@link #webhookCallback(String)} points the session's status and inbound webhooks
 * at a receiver, {@link #inboundText(String, String)} and {@link #inbound()} have a user write (text, image, location,
 * reaction), {@link #webhookDeliveries()} lists every attempt and how it was answered, {@link #webhookChaos} sets
 * the deliveries' chaos, {@link #webhookState()} reads it with the queue's counts, {@link #verifyWebhook()} runs the
 * verification handshake.
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

    /**
     * {@code GET /__wamock/webhooks}: every attempt to POST a webhook of this session (the last 10 000), oldest first;
     * a retried delivery has one entry per try. Deliveries run in the background on the server's clock, so poll (or
     * await the receiver) until the expected ones have landed.
     */
    public List<WebhookDelivery> webhookDeliveries() {
        List<WebhookDelivery> deliveries = new ArrayList<>();
        Mappers.JSON.readTree(admin.send("GET", "/webhooks", null))
                .forEach(n -> deliveries.add(Mappers.JSON.treeToValue(n, WebhookDelivery.class)));
        return List.copyOf(deliveries);
    }

    /**
     * {@code PUT /__wamock/webhooks}: this session's status and inbound webhooks go to {@code callbackUrl} (as the
     * server reaches it), signed with the server's app secret; null stops them.
     *
     * @throws IllegalArgumentException when the server refuses the URL (not an absolute http(s) URL), with its message
     */
    public void webhookCallback(String callbackUrl) {
        ObjectNode body = Mappers.JSON.createObjectNode();
        if (callbackUrl == null) {
            body.putNull("callbackUrl");
        } else {
            body.put("callbackUrl", callbackUrl);
        }
        admin.send("PUT", "/webhooks", Mappers.JSON.writeValueAsString(body));
    }

    /**
     * {@code POST /__wamock/inbound}: user {@code from} (a WhatsApp ID, e.g. {@code 16505551234}) writes {@code text}
     * to the first fixture number; the session's callback gets a {@code messages} webhook and the user's 24-hour
     * customer service window opens.
     *
     * @return the inbound message's wamid
     * @throws IllegalArgumentException when the server refuses a value (e.g. a blank {@code from} or text)
     */
    public String inboundText(String from, String text) {
        return inbound().text(from, text);
    }

    /**
     * Messages users send to this session's business numbers, over {@code POST /__wamock/inbound}: text, image,
     * location, reaction, to the first fixture number unless {@link Inbound#to(String)}, from a user named
     * {@code Wamock User} unless {@link Inbound#named(String)}:
     * {@code wamock.inbound().named("Sheena").image("16505551234", "1003383421387256", "Taj Mahal")}.
     */
    public Inbound inbound() {
        return new Inbound(admin, null, null);
    }

    /**
     * {@code PUT /__wamock/webhooks} with {@code {"chaos": …}}: this session's deliveries follow {@code chaos} (its
     * draws restart from its seed); {@link WebhookChaos#none()} turns it off.
     *
     * @return the session's webhooks after the change
     * @throws IllegalArgumentException when the server refuses a value, with its message
     */
    public WebhookState webhookChaos(WebhookChaos chaos) {
        return WebhookJson.state(admin.send("PUT", "/webhooks",
                WebhookJson.chaosBody(Objects.requireNonNull(chaos, "chaos"))));
    }

    /**
     * This session's webhooks: callback, chaos, and the counts {@code pending}, {@code overflowed} and
     * {@code dropped} ({@code GET /__wamock/webhooks/settings}).
     */
    public WebhookState webhookState() {
        return WebhookJson.state(admin.send("GET", "/webhooks/settings", null));
    }

    /**
     * {@code POST /__wamock/webhooks/verify}: the server performs Meta's verification handshake on this session's
     * callback with its verify token ({@code --verify-token}); a failed one is a result that says why, not an exception.
     */
    public WebhookHandshake verifyWebhook() {
        return Mappers.JSON.readValue(admin.send("POST", "/webhooks/verify", null), WebhookHandshake.class);
    }

    @Override
    public String toString() {
        return "WamockClient[" + baseUrl() + "]";
    }
}
