package dev.wamock.server.internal.state;

import dev.wamock.scenarios.engine.state.ScenarioCatalogue;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateConfig;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.scenarios.engine.state.StateStoreFactory;
import dev.wamock.server.ServerOptions;
import dev.wamock.server.internal.errors.ProfileErrors;
import dev.wamock.server.internal.https.HttpsEndpoint;
import dev.wamock.server.internal.journal.JournalSink;
import java.util.concurrent.atomic.AtomicBoolean;

/** Everything a running server's handlers share: options, the state store of its sessions, the journal file. */
public final class ServerState {
    private final ServerOptions options;
    private final ScenarioCatalogue catalogue;
    private final StateStore store;
    private final JournalSink sink;
    private final ProfileErrors errors;
    private final InFlight inFlight = new InFlight();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile HttpsEndpoint https;
    private volatile dev.wamock.server.internal.webhooks.WebhookHub webhooks;

    /**
     * The state of a server started with {@code options}, whose sessions apply WhatsApp's rules with its messaging
     * limits; opens a shared store when {@code options.state()} names one.
     */
    public ServerState(ServerOptions options) {
        this.options = options;
        this.errors = new ProfileErrors(options.profile());
        this.catalogue = options.scenarios().isEmpty() ? BuiltIns.CATALOGUE : ScenarioCatalogue.of(options.scenarios());
        StateConfig config = new StateConfig(catalogue, options.startScenario(), options.journalCapacity(),
                options.messagingLimits());
        this.store = options.state() == null ? new MemoryStateStore(config)
                : StateStoreFactory.forUri(options.state()).open(options.state(), config);
        this.sink = options.journalFile() == null ? null : new JournalSink(options.journalFile());
    }

    /** The catalogue of a server that loads no scenario of its own (most of them), made once. Immutable. */
    private static final class BuiltIns {
        static final ScenarioCatalogue CATALOGUE = ScenarioCatalogue.of(java.util.List.of());
    }

    /** Set when the server begins to stop: stalls end at once instead of holding the drain. */
    public AtomicBoolean stopping() {
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

    /** The scenarios known by name. */
    public ScenarioCatalogue catalogue() {
        return catalogue;
    }

    /** Where the sessions' state lives. */
    public StateStore store() {
        return store;
    }

    /** The default session: the one requests that name none act on. */
    public SessionState defaultSession() {
        return store.session(StateStore.DEFAULT_SESSION);
    }

    /** The journal file every session's entries are appended to, or null. */
    public JournalSink sink() {
        return sink;
    }

    /** The errors as the profile shapes them. */
    public ProfileErrors errors() {
        return errors;
    }

    /** The HTTPS listener once it listens, or null (HTTPS off, or not started yet). */
    public HttpsEndpoint https() {
        return https;
    }

    /** Set by the start once the HTTPS listener listens. */
    public void https(HttpsEndpoint listening) {
        this.https = listening;
    }

    /** The webhooks of the server's sessions (set once, by the server, before it starts). */
    public dev.wamock.server.internal.webhooks.WebhookHub webhooks() {
        return webhooks;
    }

    /** Set by the server before it starts. */
    public void webhooks(dev.wamock.server.internal.webhooks.WebhookHub hub) {
        this.webhooks = hub;
    }

    /**
     * Drops session {@code id} (the default one, {@code ""}, is reset instead): the store's drop takes its state, WhatsApp
     * rules' counters and windows included; the hub forgets what the server keeps of it beside the store: its webhooks
     * and their queue.
     */
    public void dropSession(String id) {
        store().drop(id);
        if (webhooks != null) {
            webhooks.forget(id);
        }
    }
}
