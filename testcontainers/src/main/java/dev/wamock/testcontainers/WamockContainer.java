package dev.wamock.testcontainers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.wamock.client.Inbound;
import dev.wamock.client.WamockClient;
import dev.wamock.client.WebhookHandshake;
import dev.wamock.client.WebhookState;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.ServerSetting;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.testcontainers.internal.ContainerFiles;
import dev.wamock.testcontainers.internal.ContainerTrust;
import dev.wamock.testcontainers.internal.ImageDefaults;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The wamock image under Testcontainers, driven like the in-process server through {@link WamockControl},
 * so one test body runs against either:
 * <pre>
 * try (WamockContainer wamock = new WamockContainer().withScenario("transient-then-ok")) {
 *     wamock.start();
 *     // … point the client under test at wamock.getBaseUrl() …
 *     assertThat(wamock.journal().entries()).extracting(JournalEntry::status).containsExactly(500, 500, 200);
 * }
 * </pre>
 * The {@code withX} methods only store; the container gets them as {@code WAMOCK_*} variables and files
 * when it starts. It always gets a random admin token, sent on every admin call ({@link #getAdminToken()}).
 * The control methods go through a {@link WamockClient} connected when the container has started.
 */
public class WamockContainer extends GenericContainer<WamockContainer> implements WamockControl {
    /** The image name every image used must be, or be declared a compatible substitute for. */
    public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse("wamock/mock-server");
    /** The port the server listens on inside the container. */
    public static final int HTTP_PORT = 8080;
    /** The port the HTTPS listener uses inside the container, with {@link #withHttps()}. */
    public static final int HTTPS_PORT = 8443;
    /** Where the image loads scenario files from ({@code WAMOCK_SCENARIOS}). */
    public static final String SCENARIOS_PATH = "/scenarios";
    /** Where {@link #withFixtures(Path)} puts the fixtures file. */
    public static final String FIXTURES_PATH = "/fixtures";
    /** Where {@link #withMessagingLimits(MessagingLimits)} puts the limits, as JSON ({@code WAMOCK_MESSAGING_LIMITS}). */
    public static final String MESSAGING_LIMITS_PATH = "/limits/messaging-limits.json";
    private static final String HEALTH_PATH = "/__wamock/health";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String adminToken = randomToken();
    /** The server's options as the image takes them, {@code WAMOCK_*} variables: what {@code withX} stores. */
    private final Map<ServerSetting, String> settings = new EnumMap<>(Map.of(ServerSetting.ADMIN_TOKEN, adminToken));
    private final List<Path> scenarioFiles = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private Path fixtures;
    private MessagingLimits messagingLimits;
    private volatile WamockClient admin;
    private volatile javax.net.ssl.SSLContext trust;

    /** The image this module was built and tested with: {@code wamock/mock-server:<wamock version>}. */
    public WamockContainer() {
        this(DockerImageName.parse(ImageDefaults.IMAGE));
    }

    /** Another tag of the image, e.g. {@code "wamock/mock-server:0.2.0"}. */
    public WamockContainer(String image) {
        this(DockerImageName.parse(image));
    }

    /** Another tag, or a mirror declared with {@code asCompatibleSubstituteFor("wamock/mock-server")}. */
    public WamockContainer(DockerImageName image) {
        super(image);
        image.assertCompatibleWith(DEFAULT_IMAGE_NAME);
        withExposedPorts(HTTP_PORT);
        waitingFor(Wait.forHttp(HEALTH_PATH).forPort(HTTP_PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofSeconds(60)));
    }

    /** The scenario active at start and after every {@link #reset()}: a built-in or one of the scenario files. */
    public WamockContainer withScenario(String name) {
        return set(ServerSetting.SCENARIO, Objects.requireNonNull(name, "name"));
    }

    /** Makes {@code scenario} known in the container and active at start and after every {@link #reset()}. */
    public WamockContainer withScenario(Scenario scenario) {
        scenarios.add(Objects.requireNonNull(scenario, "scenario"));
        return set(ServerSetting.SCENARIO, scenario.name());
    }

    /** Copies scenario files (YAML/JSON), or those of directories, into {@link #SCENARIOS_PATH}; use them by name. */
    public WamockContainer withScenarioFiles(Path... filesOrDirectories) {
        scenarioFiles.addAll(List.of(filesOrDirectories));
        return self();
    }

    /** Account numbers from a JSON/YAML fixtures file ({@code mode: replace|extend}) instead of the defaults. */
    public WamockContainer withFixtures(Path file) {
        this.fixtures = Objects.requireNonNull(file, "file");
        return set(ServerSetting.FIXTURES, FIXTURES_PATH + "/" + file.getFileName());
    }

    /**
     * WhatsApp's messaging limits the container's sends follow (throughput, pair limit, 24-hour window, templates,
     * undeliverable recipients; docs/messages.md) instead of {@link MessagingLimits#defaults()}: written as JSON to
     * {@link #MESSAGING_LIMITS_PATH}, which {@code WAMOCK_MESSAGING_LIMITS} names. A file of them:
     * {@code withMessagingLimits(MessagingLimits.load(path))}.
     */
    public WamockContainer withMessagingLimits(MessagingLimits limits) {
        this.messagingLimits = Objects.requireNonNull(limits, "limits");
        return set(ServerSetting.MESSAGING_LIMITS, MESSAGING_LIMITS_PATH);
    }

    /** Accept only this access token (any non-empty token is accepted otherwise). */
    public WamockContainer withRequireToken(String token) {
        return set(ServerSetting.REQUIRE_TOKEN, Objects.requireNonNull(token, "token"));
    }

    /** How many journal entries the server keeps (10 000 by default). */
    public WamockContainer withJournalCapacity(int entries) {
        return set(ServerSetting.JOURNAL_CAPACITY, String.valueOf(entries));
    }

    /**
     * Keeps scenario progress, rate-limit windows, the clock and the journal in the Redis at {@code uri}
     * ({@code redis://host:6379[/db]}, as the container reaches it), so containers sharing it act as one server
     * (docs/scale-out.md).
     */
    public WamockContainer withState(String uri) {
        return set(ServerSetting.STATE, Objects.requireNonNull(uri, "uri"));
    }

    /** {@link Profile#DOCUMENTED} (the default: endpoint.md exactly) or {@link Profile#GRAPH_OBSERVED} (as production answers). */
    public WamockContainer withProfile(Profile newProfile) {
        return set(ServerSetting.PROFILE, Objects.requireNonNull(newProfile, "profile").wireName());
    }

    /** {@code graph-observed} only: the HTTP status of rate-limit errors (code 4), 400 (the default) or 429. */
    public WamockContainer withRateLimitStatus(int status) {
        return set(ServerSetting.RATE_LIMIT_STATUS, oneOf(status, "rate-limit", 400, 429));
    }

    /** {@code graph-observed} only: the HTTP status of token errors (codes 190, 104), 400 (the default) or 401. */
    public WamockContainer withTokenErrorStatus(int status) {
        return set(ServerSetting.TOKEN_ERROR_STATUS, oneOf(status, "token-error", 400, 401));
    }

    /**
     * Also an HTTPS listener on {@link #HTTPS_PORT} ({@code WAMOCK_HTTPS_PORT}), with a certificate for
     * {@code localhost} and {@code 127.0.0.1} made at start by a CA of the container's own:
     * {@link #getHttpsBaseUrl()}, and {@link #sslContext()} to trust it.
     */
    public WamockContainer withHttps() {
        return set(ServerSetting.HTTPS_PORT, String.valueOf(HTTPS_PORT));
    }

    /**
     * Proxy mode ({@code WAMOCK_PROXY=true}; HTTPS on too): the HTTP port answers {@code CONNECT
     * graph.facebook.com:443} itself, so a client given {@link #getProxyAddress()} and {@link #sslContext()} reaches
     * the container with its base URL {@code https://graph.facebook.com} unchanged; any other host gets a 502 and is
     * never contacted.
     */
    public WamockContainer withProxy() {
        return set(ServerSetting.PROXY, "true").withHttps();
    }

    /**
     * POSTs status webhooks after sends, and inbound user messages, to {@code callbackUrl} as the container reaches it
     * (your test's receiver on the host: {@code http://host.testcontainers.internal:<port>/…} after
     * {@code org.testcontainers.Testcontainers.exposeHostPorts(port)}, or without a registry to pull its SSH side
     * container from, {@code withExtraHost("host.testcontainers.internal", "host-gateway")}), signed with
     * {@code appSecret} (docs/webhooks.md).
     */
    public WamockContainer withWebhooks(String callbackUrl, String appSecret) {
        set(ServerSetting.WEBHOOK_URL, Objects.requireNonNull(callbackUrl, "callbackUrl"));
        return set(ServerSetting.APP_SECRET, Objects.requireNonNull(appSecret, "appSecret"));
    }

    /** The verify token wamock sends in the webhook verification handshake ({@code POST /__wamock/webhooks/verify}). */
    public WamockContainer withVerifyToken(String token) {
        return set(ServerSetting.VERIFY_TOKEN, Objects.requireNonNull(token, "token"));
    }

    private WamockContainer set(ServerSetting setting, String value) {
        settings.put(setting, value);
        return self();
    }

    private static String oneOf(int status, String what, int one, int other) {
        if (status != one && status != other) {
            throw new IllegalArgumentException("the " + what + " status must be " + one + " or " + other + " but was "
                    + status);
        }
        return String.valueOf(status);
    }

    /** The options as {@code WAMOCK_*} variables (the one mapping, by {@link ServerSetting}), and the files. */
    @Override
    protected void configure() {
        settings.forEach((setting, value) -> addEnv(setting.env(), value));
        if (settings.containsKey(ServerSetting.HTTPS_PORT)) {
            addExposedPort(HTTPS_PORT);
        }
        ContainerFiles.scenarios(SCENARIOS_PATH, scenarioFiles, scenarios)
                .forEach((path, content) -> withCopyToContainer(Transferable.of(content), path));
        if (fixtures != null) {
            withCopyToContainer(Transferable.of(ContainerFiles.fixtures(fixtures)), settings.get(ServerSetting.FIXTURES));
        }
        if (messagingLimits != null) {
            withCopyToContainer(Transferable.of(ContainerFiles.limits(messagingLimits)), MESSAGING_LIMITS_PATH);
        }
    }

    @Override
    protected void containerIsStarted(InspectContainerResponse containerInfo) {
        admin = WamockClient.connect(getBaseUrl(), adminToken);
    }

    @Override
    protected void containerIsStopping(InspectContainerResponse containerInfo) {
        admin = null;
        trust = null;
    }

    /** {@code http://<host>:<mapped port>}, without a trailing slash. */
    public String getBaseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(HTTP_PORT);
    }

    /**
     * {@code https://<host>:<mapped HTTPS port>}, without a trailing slash.
     *
     * @throws IllegalStateException without {@link #withHttps()}
     */
    public String getHttpsBaseUrl() {
        requireHttps("getHttpsBaseUrl()");
        return "https://" + getHost() + ":" + getMappedPort(HTTPS_PORT);
    }

    /**
     * With {@link #withProxy()}: the address to give a client as its HTTP(S) proxy (the mapped HTTP port).
     *
     * @throws IllegalStateException without {@link #withProxy()}
     */
    public java.net.InetSocketAddress getProxyAddress() {
        if (!settings.containsKey(ServerSetting.PROXY)) {
            throw new IllegalStateException("getProxyAddress() needs the proxy mode: call withProxy() before start()");
        }
        return new java.net.InetSocketAddress(getHost(), getMappedPort(HTTP_PORT));
    }

    /**
     * The CA certificate the running container's HTTPS listener is signed by, as PEM, fetched from its admin API
     * ({@code GET /__wamock/ca.pem}, which needs no admin token: the certificate is public).
     *
     * @throws IllegalStateException without {@link #withHttps()}, or when the container is not running
     */
    public String caCertificatePem() {
        requireHttps("caCertificatePem()");
        admin();
        return ContainerTrust.caPem(getBaseUrl());
    }

    /**
     * A TLS context that trusts the running container's CA only, for the client under test; the JVM's trust is left
     * alone. Fetched once per start.
     *
     * @throws IllegalStateException without {@link #withHttps()}, or when the container is not running
     */
    public javax.net.ssl.SSLContext sslContext() {
        javax.net.ssl.SSLContext context = trust;
        if (context == null) {
            context = ContainerTrust.trusting(caCertificatePem());
            trust = context;
        }
        return context;
    }

    private void requireHttps(String method) {
        if (!settings.containsKey(ServerSetting.HTTPS_PORT)) {
            throw new IllegalStateException(method + " needs the HTTPS listener: call withHttps() (or withProxy())"
                    + " before start()");
        }
    }

    /** The bearer token the admin API ({@code /__wamock/…}) of this container requires. */
    public String getAdminToken() {
        return adminToken;
    }

    @Override
    public String baseUrl() {
        return getBaseUrl();
    }

    @Override
    public void use(Scenario scenario) {
        admin().use(scenario);
    }

    @Override
    public void use(String scenarioName) {
        admin().use(scenarioName);
    }

    @Override
    public void reset() {
        admin().reset();
    }

    @Override
    public Journal journal() {
        return admin().journal();
    }

    @Override
    public void clearJournal() {
        admin().clearJournal();
    }

    @Override
    public ScenarioProgress progress() {
        return admin().progress();
    }

    /** The server's clock, driven over the admin API: {@code clock().manual().advance(Duration.ofMinutes(1))}. */
    @Override
    public WamockClock clock() {
        return admin().clock();
    }

    /**
     * Session {@code id} of the running container, driven like the container itself: its {@link WamockControl#baseUrl()
     * baseUrl()} ({@code http://host:port/sessions/<id>}) names the session, so a client given it needs no header, and
     * {@code use}, {@code reset}, {@code clock()} and {@code journal()} act on that session alone. Parallel tests
     * that each take a session of their own (e.g. {@code session(UUID.randomUUID().toString())}) share the container
     * without seeing each other's requests. The container makes the session on first use; asks nothing here.
     *
     * @param id 1 to 64 letters, digits, {@code . _ : -}, not dots alone
     * @throws IllegalArgumentException for an ID that breaks that rule
     * @throws IllegalStateException    when the container is not running
     */
    public WamockControl session(String id) {
        return admin().session(id);
    }

    /**
     * Forgets session {@code id} of the running container: its scenario, counts, clock and journal. The server keeps
     * at most 1 000 sessions, so drop each when its test ends.
     *
     * @throws IllegalArgumentException for an ID that breaks the rule of {@link #session(String)}
     * @throws IllegalStateException    when the container is not running
     */
    public void dropSession(String id) {
        admin().dropSession(id);
    }

    /**
     * Every attempt of the running container to POST a webhook of its default session (the last 10 000), oldest
     * first, with how the receiver answered ({@link WamockClient#webhookDeliveries()}).
     *
     * @throws IllegalStateException when the container is not running
     */
    public List<WebhookDelivery> webhookDeliveries() {
        return admin().webhookDeliveries();
    }

    /**
     * Points the default session's webhooks at {@code callbackUrl} as the container reaches it, e.g.
     * {@code http://host.testcontainers.internal:<port>/webhook}; null stops them ({@link WamockClient#webhookCallback}).
     *
     * @throws IllegalArgumentException when the container refuses the URL
     * @throws IllegalStateException    when the container is not running
     */
    public void webhookCallback(String callbackUrl) {
        admin().webhookCallback(callbackUrl);
    }

    /**
     * User {@code from} writes {@code text}: a {@code messages} webhook to the callback, and the user's 24-hour window
     * opens ({@link WamockClient#inboundText}).
     *
     * @return the inbound message's wamid
     * @throws IllegalStateException when the container is not running
     */
    public String inboundText(String from, String text) {
        return admin().inboundText(from, text);
    }

    /**
     * Messages users send to the running container's business numbers (text, image, location, reaction; to the first
     * fixture number unless {@code to(id)}, from {@code Wamock User} unless {@code named(name)}), as
     * {@link WamockClient#inbound()}: {@code container.inbound().location("16505551234", 37.44, -122.16)}.
     *
     * @throws IllegalStateException when the container is not running
     */
    public Inbound inbound() {
        return admin().inbound();
    }

    /**
     * Chaos for the default session's webhook deliveries (its draws restart from its seed;
     * {@link WebhookChaos#none()} turns it off), as {@link WamockClient#webhookChaos(WebhookChaos)}.
     *
     * @return the session's webhooks after the change
     * @throws IllegalArgumentException when the container refuses a value
     * @throws IllegalStateException    when the container is not running
     */
    public WebhookState webhookChaos(WebhookChaos chaos) {
        return admin().webhookChaos(chaos);
    }

    /**
     * The default session's webhooks: callback, chaos, and the counts {@code pending}, {@code overflowed} and
     * {@code dropped} ({@link WamockClient#webhookState()}).
     *
     * @throws IllegalStateException when the container is not running
     */
    public WebhookState webhookState() {
        return admin().webhookState();
    }

    /**
     * The verification handshake on the callback with {@link #withVerifyToken(String)}'s token
     * ({@link WamockClient#verifyWebhook()}); a failed one says why.
     *
     * @throws IllegalStateException when the container is not running
     */
    public WebhookHandshake verifyWebhook() {
        return admin().verifyWebhook();
    }

    private WamockClient admin() {
        WamockClient client = admin;
        if (client == null) {
            throw new IllegalStateException("the wamock container is not running: call start() first");
        }
        return client;
    }

    /** A fresh random admin token: {@code wamock-admin-} and 32 hex digits. */
    private static String randomToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "wamock-admin-" + HexFormat.of().formatHex(bytes);
    }
}
