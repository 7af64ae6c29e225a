package dev.wamock.server;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.server.internal.https.HttpsEndpoint;
import dev.wamock.server.internal.jetty.MountedServer;
import dev.wamock.server.internal.state.ServerState;
import dev.wamock.server.internal.state.SessionControl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The embeddable mock of {@code GET /{Version}/{WhatsApp-Account-Number-ID}}. Started by
 * {@link Builder#start()}, stopped by {@link #close()}; the CLI, the JUnit extension and the image
 * all run this class. Tests drive it through {@link WamockControl}.
 *
 * <pre>
 * try (WamockServer server = WamockServer.builder().start()) {
 *     server.use(Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough()));
 *     // … call server.baseUrl() + "/v23.0/106540352242922" …
 *     Journal journal = server.journal();
 * }
 * </pre>
 */
public final class WamockServer implements WamockControl, AutoCloseable {
    private final ServerState state;
    /** Its own port on the JVM's one Jetty server (threads, buffers and servlet context are shared). */
    private final MountedServer mount;
    private final dev.wamock.server.internal.webhooks.WebhookHub webhooks;
    private boolean closed;
    private long cutOff;

    private WamockServer(ServerOptions options, WebhookOptions webhookOptions) {
        this.state = new ServerState(options); // each session its own rules' counters and windows, with these limits
        this.webhooks = new dev.wamock.server.internal.webhooks.WebhookHub(webhookOptions, state.store(),
                options.fixtures());
        state.webhooks(webhooks);
        this.mount = MountedServer.of(state);
    }

    /** A builder with the defaults of {@link ServerOptions#defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a server with the defaults: loopback, a free port, the default fixtures. */
    public static WamockServer start() {
        return builder().start();
    }

    /** The port the server listens on (the real one when started on port 0). */
    public int port() {
        return mount.port();
    }

    /** The address and port the server is bound to, as the socket reports it ({@code 0.0.0.0} for every interface). */
    public java.net.InetSocketAddress address() {
        return mount.address();
    }

    @Override
    public String baseUrl() {
        String host = options().host();
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + shown + ":" + port();
    }

    /** The HTTPS port (the real one when started on port 0), or -1 when HTTPS is off. */
    public int httpsPort() {
        return mount.https() == null ? -1 : mount.https().port();
    }

    /**
     * {@code https://127.0.0.1:<httpsPort>}: the same server over TLS, with a certificate for {@code localhost},
     * {@code 127.0.0.1}, {@code ::1} and {@code graph.facebook.com} signed by {@link #caCertificatePem()}.
     *
     * @throws IllegalStateException when HTTPS is off
     */
    public String httpsBaseUrl() {
        return https().baseUrl();
    }

    /**
     * A TLS context that trusts this server's CA only (the per-run CA, or the root of the given keystore's chain), for
     * a client of your own; the JVM's trust store and default context are left alone.
     *
     * @throws IllegalStateException when HTTPS is off
     */
    public javax.net.ssl.SSLContext sslContext() {
        return https().sslContext();
    }

    /**
     * The CA certificate clients trust, as PEM (for {@code curl --cacert}, Node's {@code ca}).
     *
     * @throws IllegalStateException when HTTPS is off
     */
    public String caCertificatePem() {
        return https().caPem();
    }

    /**
     * A file holding {@link #caCertificatePem()} (in the temporary directory, deleted by {@link #close()}).
     *
     * @throws IllegalStateException when HTTPS is off, or no temporary file could be written
     */
    public Path caPemFile() {
        return https().caPemFile();
    }

    /**
     * A ready {@link java.net.http.HttpClient} (one per server) with {@link #sslContext()}; in proxy mode its proxy is
     * this server's HTTP port, so {@code https://graph.facebook.com/v23.0/…} reaches this server.
     *
     * @throws IllegalStateException when HTTPS is off
     */
    public java.net.http.HttpClient httpClient() {
        return https().httpClient();
    }

    /**
     * In proxy mode, the address to give clients as their HTTP(S) proxy (this server's HTTP port).
     *
     * @throws IllegalStateException when the server is not in proxy mode
     */
    public java.net.InetSocketAddress proxyAddress() {
        java.net.InetSocketAddress proxy = https().proxyAddress();
        if (proxy == null) {
            throw new IllegalStateException("this server (" + baseUrl() + ") is not in proxy mode: start it with"
                    + " WamockServer.builder().proxy(), --proxy (WAMOCK_PROXY=true) or @WamockTest(proxy = true)");
        }
        return proxy;
    }

    private HttpsEndpoint https() {
        HttpsEndpoint https = mount.https();
        if (https == null) {
            throw new IllegalStateException("HTTPS is off on this server (" + baseUrl() + "): start it with"
                    + " WamockServer.builder().https() (or .proxy()), --https-port N (WAMOCK_HTTPS_PORT), or"
                    + " @WamockTest(https = true)");
        }
        return https;
    }

    /** The options the server was started with, the scenarios of the builder included. */
    public ServerOptions options() {
        return state.options();
    }

    @Override
    public void use(Scenario scenario) {
        state.defaultSession().use(Objects.requireNonNull(scenario, "scenario"));
    }

    @Override
    public void use(String scenarioName) {
        state.defaultSession().use(scenarioName);
    }

    @Override
    public void reset() {
        state.defaultSession().reset();
    }

    @Override
    public Journal journal() {
        return state.defaultSession().journal().snapshot();
    }

    /** Forgets the journal's entries and counts; the scenario and its progress stay as they are. */
    @Override
    public void clearJournal() {
        state.defaultSession().journal().clear();
    }

    @Override
    public ScenarioProgress progress() {
        return state.defaultSession().progress();
    }

    /** The clock windows, outages and rate limits run on; {@code clock().manual().advance(…)} instead of sleeping. */
    @Override
    public WamockClock clock() {
        return state.defaultSession().clock();
    }

    /**
     * One session of this server: its own scenario, counts, clock and journal, so parallel tests can share the
     * server. Its {@link WamockControl#baseUrl() baseUrl()} ({@code http://host:port/sessions/<id>}) names the
     * session, so a client given it needs no header; requests may instead send {@code X-Wamock-Session: <id>}.
     *
     * @param id 1 to 64 letters, digits, {@code . _ : -}, not dots alone
     * @throws IllegalArgumentException for an ID that breaks that rule
     */
    public WamockControl session(String id) {
        return new SessionControl(state.store().session(StateStore.checkSessionId(id)), baseUrl());
    }

    /** Forgets a session made by {@link #session(String)} or by requests: its scenario, counts, clock and journal. */
    public void dropSession(String id) {
        state.dropSession(StateStore.checkSessionId(id));
    }

    /** The webhook options the server was started with ({@link Builder#webhooks(WebhookOptions)}). */
    public WebhookOptions webhookOptions() {
        return webhooks.options();
    }

    /** The default session's webhooks: every attempt, chaos, callback and the verification handshake. */
    public Webhooks webhooks() {
        return webhooks(StateStore.DEFAULT_SESSION);
    }

    /**
     * The webhooks of session {@code id} ({@link #session(String)}).
     *
     * @throws IllegalArgumentException for an ID that breaks the session ID rule
     */
    public Webhooks webhooks(String id) {
        return new Webhooks(webhooks, webhooks.session(sessionId(id)));
    }

    /** Messages users send to the default session's business numbers (the first fixture number unless {@code to}). */
    public Inbound inbound() {
        return inbound(StateStore.DEFAULT_SESSION);
    }

    /**
     * Messages users send, in session {@code id}.
     *
     * @throws IllegalArgumentException for an ID that breaks the session ID rule
     */
    public Inbound inbound(String id) {
        return new Inbound(webhooks.session(sessionId(id)), options().fixtures().all().get(0).id(), Inbound.DEFAULT_NAME);
    }

    /** The webhooks' hub, for the tests of this package. */
    dev.wamock.server.internal.webhooks.WebhookHub webhookHub() {
        return webhooks;
    }

    private static String sessionId(String id) {
        return id.isEmpty() ? id : StateStore.checkSessionId(id);
    }

    /** How long {@link #close()} waits for requests in flight to be answered. */
    public static final java.time.Duration DRAIN_TIMEOUT = java.time.Duration.ofSeconds(10);
    /** How long the requests cut off after the drain get to journal themselves before the journal file closes. */
    private static final java.time.Duration CUT_OFF_GRACE = java.time.Duration.ofSeconds(1);

    /**
     * Stops the server gracefully; idempotent. New connections are refused, requests in flight are
     * answered (for up to {@link #DRAIN_TIMEOUT}), then the journal file, if any, is flushed and closed. It returns
     * with the port released and every connection on it ended; the port's threads on the JVM's shared Jetty server stop
     * just after. A server on a free port leaves one spare loopback port listening for the next such server of the
     * JVM (a test suite's next test), which starts on it at once; nothing answers on it until then.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        state.stopping().set(true);
        mount.shutdown(DRAIN_TIMEOUT);
        state.inFlight().awaitNone(System.nanoTime() + DRAIN_TIMEOUT.toNanos());
        cutOff = state.inFlight().count();
        if (cutOff > 0) {
            mount.interruptServing(); // each closes its connection unanswered and journals itself as cut-off
            state.inFlight().awaitNone(System.nanoTime() + CUT_OFF_GRACE.toNanos());
        }
        mount.stop();
        webhooks.close();
        if (state.sink() != null) {
            state.sink().close();
        }
        state.store().close();
    }

    /**
     * After {@link #close()}: exchanges lost — requests cut off unanswered when the drain timed out (each
     * journaled with status 0 and outcome {@code cut-off} where it could be), plus entries the journal file
     * could not take. 0 means every request was answered and journaled.
     */
    public long journalEntriesLost() {
        return cutOff + journalFileLost();
    }

    /**
     * Journal entries the journal file could not take (a failed write, a full disk): 0 without a journal
     * file. The file itself keeps whole lines only; {@code GET /__wamock/health} shows the same count.
     */
    public long journalFileLost() {
        return state.sink() == null ? 0 : state.sink().lost();
    }

    /** Builds and starts a {@link WamockServer}. */
    public static final class Builder {
        private ServerOptions options = ServerOptions.defaults();
        private final List<Scenario> scenarios = new ArrayList<>();
        private WebhookOptions webhookOptions = WebhookOptions.none();

        private Builder() {
        }

        /** Binds {@code host} ({@code 127.0.0.1} by default). */
        public Builder host(String host) {
            options = options.withHost(host);
            return this;
        }

        /** Listens on {@code port} (0, the default: a free one, see {@link WamockServer#port()}). */
        public Builder port(int port) {
            options = options.withPort(port);
            return this;
        }

        /** Serves these account numbers instead of {@link Fixtures#defaults()}. */
        public Builder fixtures(Fixtures fixtures) {
            options = options.withFixtures(fixtures);
            return this;
        }

        /** Accept only this token (any non-empty token is accepted when unset). */
        public Builder requireToken(String token) {
            options = options.withRequiredToken(token);
            return this;
        }

        /** Makes these scenarios known by name, next to the built-ins. */
        public Builder scenarios(Scenario... more) {
            scenarios.addAll(List.of(more));
            return this;
        }

        /** Loads the scenarios of a YAML/JSON file or of a directory of them. */
        public Builder scenarioFiles(Path fileOrDirectory) {
            scenarios.addAll(ScenarioFiles.load(fileOrDirectory));
            return this;
        }

        /** The scenario active at start and after every {@code reset()}. */
        public Builder startScenario(String name) {
            options = options.withStartScenario(name);
            return this;
        }

        /** Protect the admin API: every admin call but health needs {@code Authorization: Bearer <token>}. */
        public Builder adminToken(String token) {
            options = options.withAdminToken(token);
            return this;
        }

        /**
         * Host names (or IP literals, no port) an admin call may name in {@code Host} besides the loopback names
         * and the bound address; {@code "*"} allows any. A guard against DNS rebinding: a web page that makes its
         * own name resolve to this server still names its own host. Empty by default.
         */
        public Builder adminAllowedHosts(String... hosts) {
            options = options.withAdminAllowedHosts(List.of(hosts));
            return this;
        }

        /** Answer as endpoint.md documents (the default) or as production Graph has been seen to. */
        public Builder profile(Profile profile) {
            options = options.withProfile(ProfileOptions.of(profile));
            return this;
        }

        /** The profile with its options (graph-observed statuses of rate-limit and token errors). */
        public Builder profile(ProfileOptions profile) {
            options = options.withProfile(profile);
            return this;
        }

        /** Also append every journal entry to this JSON Lines file (flushed at least every second). */
        public Builder journalFile(java.nio.file.Path file) {
            options = options.withJournalFile(file);
            return this;
        }

        /**
         * Keeps scenario progress, rate-limit windows, the clock and the journal in the shared store at {@code uri}
         * ({@code redis://host:6379[/db]}, with {@code wamock-state-redis} on the class path), so several servers
         * act as one; {@code null} keeps them in this JVM (the default).
         *
         * @throws IllegalArgumentException when {@code uri} is not a URI
         */
        public Builder state(String uri) {
            try {
                options = options.withState(uri == null ? null : new java.net.URI(uri));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("state must be a URI like redis://localhost:6379/0: " + e.getMessage());
            }
            return this;
        }

        /** Also listens for HTTPS, on a free port ({@link WamockServer#httpsPort()}), with a certificate made at start. */
        public Builder https() {
            return httpsPort(0);
        }

        /** Also listens for HTTPS on {@code port} (0: a free one). */
        public Builder httpsPort(int port) {
            options = options.withHttps(options.https() == null ? HttpsOptions.onPort(port)
                    : options.https().withPort(port));
            return this;
        }

        /**
         * Serves HTTPS with the key and certificate chain of this PKCS#12 file instead of a generated certificate; turns
         * HTTPS on (a free port unless {@link #httpsPort(int)} says otherwise). Clients trust the chain's last
         * certificate ({@link WamockServer#caCertificatePem()}).
         */
        public Builder keystore(Path pkcs12, String password) {
            options = options.withHttps((options.https() == null ? HttpsOptions.onPort(0) : options.https())
                    .withKeystore(Objects.requireNonNull(pkcs12, "pkcs12"), password));
            return this;
        }

        /**
         * Proxy mode: the HTTP port also acts as a forward proxy that answers {@code CONNECT graph.facebook.com:443}
         * with a tunnel to this server's HTTPS listener (turned on, on a free port unless set), so a client that
         * hard-codes {@code https://graph.facebook.com} reaches this server; any other host gets a 502 and is never
         * contacted (docs/https.md).
         */
        public Builder proxy() {
            options = options.withHttps((options.https() == null ? HttpsOptions.onPort(0) : options.https())
                    .withProxy(true));
            return this;
        }

        /**
         * Delivers status webhooks after sends and inbound user messages to a callback, signed and retried on the
         * scenario clock (docs/webhooks.md); none by default.
         */
        public Builder webhooks(WebhookOptions webhooks) {
            webhookOptions = Objects.requireNonNull(webhooks, "webhooks");
            options = options.withWebhookUrl(webhooks.callbackUrl()).withAppSecret(webhooks.appSecret())
                    .withVerifyToken(webhooks.verifyToken()); // these three are server options (--webhook-url, …)
            return this;
        }

        /**
         * WhatsApp's rules on sends, each session on its own scenario clock (docs/messages.md): throughput per number,
         * the pair limit, the 24-hour window, templates, undeliverable recipients; {@link MessagingLimits#defaults()}
         * unless set. The same as {@code --messaging-limits FILE} ({@code WAMOCK_MESSAGING_LIMITS}); a file of them:
         * {@link MessagingLimits#load(Path)}.
         */
        public Builder messagingLimits(MessagingLimits limits) {
            options = options.withMessagingLimits(Objects.requireNonNull(limits, "limits"));
            return this;
        }

        /** Keeps {@code entries} journal entries (10 000 by default); older ones are dropped and counted. */
        public Builder journalCapacity(int entries) {
            options = options.withJournalCapacity(entries);
            return this;
        }

        /**
         * Replaces every option set so far with {@code newOptions}; scenarios added with {@code scenarios(…)} are
         * still added at start.
         */
        public Builder options(ServerOptions newOptions) {
            options = Objects.requireNonNull(newOptions, "options");
            return this;
        }

        /** The options {@link #start()} starts with: those set so far, with the scenarios added. */
        ServerOptions options() {
            List<Scenario> all = new ArrayList<>(options.scenarios());
            all.addAll(scenarios);
            return options.withScenarios(all);
        }

        /** Starts the server; fails with {@link ServerStartException} when the port cannot be bound. */
        public WamockServer start() {
            ServerOptions startOptions = options();
            ensurePortFree(startOptions);
            WamockServer server = new WamockServer(startOptions, webhookOptions.withTarget(startOptions.webhookUrl(),
                    startOptions.appSecret(), startOptions.verifyToken()));
            try {
                server.mount.start();
            } catch (Exception e) {
                server.close();
                throw ServerStartException.of(startOptions, e);
            }
            return server;
        }

        /** Fails fast, before Jetty logs its own error, when a fixed port is taken. */
        private static void ensurePortFree(ServerOptions options) {
            java.io.IOException http = bindFails(options.host(), options.port());
            if (http != null) {
                throw ServerStartException.of(options, http);
            }
            java.io.IOException https = options.https() == null ? null : bindFails(options.host(), options.https().port());
            if (https != null) {
                throw https instanceof java.net.BindException ? ServerStartException.httpsPortInUse(options, https)
                        : ServerStartException.of(options, https);
            }
        }

        /** Why {@code port} (unless 0) cannot be bound on {@code host}, or null when it can. */
        private static java.io.IOException bindFails(String host, int port) {
            if (port == 0) {
                return null;
            }
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new java.net.InetSocketAddress(host, port));
                return null;
            } catch (java.io.IOException e) {
                return e;
            }
        }
    }
}
