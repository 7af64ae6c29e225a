package dev.wamock.junit;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Objects;
import javax.net.ssl.SSLContext;

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
    private final Runnable afterReset;

    private WamockHandle(WamockControl server, Runnable afterReset) {
        this.server = Objects.requireNonNull(server, "server");
        this.afterReset = afterReset;
    }

    /**
     * A handle on a server you started yourself ({@code WamockServer}), or on any other {@link WamockControl} (a
     * session, a container); the extension makes its own.
     */
    public static WamockHandle of(WamockControl server) {
        return new WamockHandle(server, () -> { });
    }

    /** The extension's handle: {@code afterReset} points the server at the test's webhook receiver again. */
    static WamockHandle of(WamockControl server, Runnable afterReset) {
        return new WamockHandle(server, Objects.requireNonNull(afterReset, "afterReset"));
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

    /**
     * {@code https://127.0.0.1:<port>}: the test's server over TLS ({@link WamockTest#https()} or
     * {@link WamockTest#proxy()}), its certificate signed by the run's CA ({@link #caPemFile()}).
     *
     * @throws IllegalStateException when HTTPS is off, or the handle drives no server of the test's own (url mode)
     */
    public String httpsBaseUrl() {
        return ownServer("httpsBaseUrl()").httpsBaseUrl();
    }

    /** {@link #httpsBaseUrl()} joined with {@code pathAndQuery}. */
    public URI httpsUri(String pathAndQuery) {
        String tail = pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery;
        return URI.create(httpsBaseUrl() + tail);
    }

    /**
     * A TLS context that trusts the server's CA only, for the client under test ({@code HttpClient.Builder.sslContext},
     * {@code HttpsURLConnection.setSSLSocketFactory}); the JVM's defaults are left alone.
     *
     * @throws IllegalStateException when HTTPS is off, or in url mode
     */
    public SSLContext sslContext() {
        return ownServer("sslContext()").sslContext();
    }

    /**
     * A PEM file with the server's CA certificate (for Node's {@code ca}, {@code curl --cacert},
     * {@code NODE_EXTRA_CA_CERTS}); deleted when the server stops.
     *
     * @throws IllegalStateException when HTTPS is off, or in url mode
     */
    public Path caPemFile() {
        return ownServer("caPemFile()").caPemFile();
    }

    /**
     * A ready {@link HttpClient} with {@link #sslContext()}; with {@link WamockTest#proxy()} also the proxy, so
     * {@code https://graph.facebook.com/v23.0/…} reaches the test's server.
     *
     * @throws IllegalStateException when HTTPS is off, or in url mode
     */
    public HttpClient httpClient() {
        return ownServer("httpClient()").httpClient();
    }

    /**
     * With {@link WamockTest#proxy()}: the proxy address to give the client under test
     * ({@code new Proxy(Proxy.Type.HTTP, address)}, {@code ProxySelector.of(address)}, {@code HTTPS_PROXY}).
     *
     * @throws IllegalStateException when the server is not in proxy mode, or in url mode
     */
    public InetSocketAddress proxyAddress() {
        return ownServer("proxyAddress()").proxyAddress();
    }

    private WamockServer ownServer(String method) {
        if (server instanceof WamockServer own) {
            return own;
        }
        throw new IllegalStateException(method + " needs a server the extension started for the test, with"
                + " @WamockTest(https = true) or (proxy = true); this handle drives " + server.baseUrl()
                + " (url mode, or a WamockControl of your own), whose HTTPS is not the extension's to give");
    }

    @Override
    public void use(Scenario scenario) {
        server.use(scenario);
    }

    @Override
    public void use(String scenarioName) {
        server.use(scenarioName);
    }

    /**
     * Empties the journal and deactivates the scenario, including one set by {@link WamockScenario}; the webhooks go
     * back to the server's settings, then to the test's {@link WamockWebhooks} receiver again when it has one.
     */
    @Override
    public void reset() {
        server.reset();
        afterReset.run();
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
