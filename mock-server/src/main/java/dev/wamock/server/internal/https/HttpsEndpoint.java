package dev.wamock.server.internal.https;

import dev.wamock.server.ServerOptions;
import dev.wamock.server.internal.admin.AdminHosts;
import dev.wamock.server.internal.jetty.MountedServer;
import dev.wamock.server.internal.jetty.OneFillerConnectionFactory;
import dev.wamock.server.internal.jetty.SharedJetty;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * A server's HTTPS listener: a second connector on the {@link SharedJetty}, TLS then HTTP/1.1, bound to the same
 * {@link MountedServer} (so the same state and routes), and the trust material its clients need: the root certificate
 * as PEM (also in a {@link CaPemFile}), a TLS context trusting it alone, and a ready {@link HttpClient}
 * (through the proxy in proxy mode). Only a server with HTTPS on loads this class and Jetty's TLS classes.
 */
public final class HttpsEndpoint {
    private static final List<String> WILDCARD_BINDS = List.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0", "");

    private final TlsMaterial material;
    private final ServerConnector connector;
    private volatile SSLContext clientContext;
    private final String shownHost;
    private final boolean proxyMode;
    private volatile InetSocketAddress proxy;
    private volatile InetSocketAddress address;
    private volatile CaPemFile pemFile;
    private volatile HttpClient client;

    private HttpsEndpoint(SharedJetty jetty, ServerOptions options) {
        this.material = TlsMaterial.of(options.https(), ownNames(options));
        this.shownHost = WILDCARD_BINDS.contains(options.host()) ? "127.0.0.1" : options.host();
        this.proxyMode = options.https().proxy();
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(material.keyStore());
        tls.setKeyStorePassword(new String(material.password()));
        tls.setKeyManagerPassword(new String(material.password()));
        HttpConfiguration http = jetty.httpConfiguration();
        // Jetty would add one that answers 400 "Invalid SNI" to a Host the certificate does not name: the endpoint
        // answers any Host, as over HTTP, and the admin API has its own Host rule
        http.addCustomizer(new SecureRequestCustomizer(false));
        this.connector = new ServerConnector(jetty.server(), null, null, null, 1, 1,
                new SslConnectionFactory(tls, "http/1.1"), new OneFillerConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.https().port());
    }

    /**
     * The certificate (generated, or read from the keystore) and the connector, not bound yet.
     *
     * @throws HttpsSetupException when the keystore cannot be used
     */
    public static HttpsEndpoint prepare(SharedJetty jetty, ServerOptions options) {
        return new HttpsEndpoint(jetty, options);
    }

    /** Writes the PEM file and binds the port, for {@code mount}'s requests. */
    public void listen(SharedJetty jetty, MountedServer mount) throws Exception {
        pemFile = CaPemFile.write(caPem());
        jetty.add(connector, mount);
        address = (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
    }

    /** The leaf's names besides the fixed ones: the address bound (unless every interface) and the admin hosts named. */
    private static List<String> ownNames(ServerOptions options) {
        List<String> names = new ArrayList<>();
        if (!WILDCARD_BINDS.contains(options.host())) {
            names.add(AdminHosts.normalize(options.host()));
        }
        options.adminAllowedHosts().stream().filter(h -> !h.equals(AdminHosts.ANY)).forEach(names::add);
        return names;
    }

    /** The port bound (the real one when asked for 0). */
    public int port() {
        return address.getPort();
    }

    /** {@code https://127.0.0.1:<port>} (the host as bound; 127.0.0.1 for every interface). */
    public String baseUrl() {
        return "https://" + (shownHost.contains(":") ? "[" + shownHost + "]" : shownHost) + ":" + port();
    }

    /** The root certificate clients trust: the per-run CA, or the given chain's last certificate. PEM. */
    public String caPem() {
        return material.rootPem();
    }

    /**
     * A file holding {@link #caPem()}, deleted when the server stops.
     *
     * @throws IllegalStateException when no temporary file could be written (then use {@link #caPem()})
     */
    public Path caPemFile() {
        return pemFile.path();
    }

    /** A client TLS context that trusts {@link #caPem()} only; made on first use (a CLI run never needs one). */
    public SSLContext sslContext() {
        SSLContext context = clientContext;
        if (context == null) {
            context = material.clientContext();
            clientContext = context;
        }
        return context;
    }

    /** In proxy mode, once the HTTP port is bound: the address clients name as their proxy. */
    public void proxyAt(InetSocketAddress httpAddress) {
        this.proxy = httpAddress;
    }

    /** The HTTP port as a proxy address in proxy mode, else null. */
    public InetSocketAddress proxyAddress() {
        return proxy;
    }

    /** One {@link HttpClient} per server: {@link #sslContext()}, and in proxy mode {@link #proxyAddress()}. */
    public HttpClient httpClient() {
        HttpClient c = client;
        if (c == null) {
            HttpClient.Builder builder = HttpClient.newBuilder().sslContext(sslContext())
                    .connectTimeout(Duration.ofSeconds(10));
            if (proxy != null) {
                builder.proxy(ProxySelector.of(proxy));
            }
            c = builder.build();
            client = c;
        }
        return c;
    }

    /** What {@code GET /__wamock/health} shows under {@code https}. */
    public Map<String, Object> health() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", baseUrl());
        if (pemFile.exists()) {
            body.put("caPemFile", pemFile.path().toString());
        }
        body.put("proxy", proxyMode);
        return body;
    }

    /** Where a proxy tunnel connects: the bound address, or loopback when bound to every interface. */
    public InetSocketAddress loopbackAddress() {
        return MountedServer.reachable(address);
    }

    /** Stops accepting connections; the open ones are idle-closed after {@code drain}. */
    public void shutdown(Duration drain) {
        if (address == null) {
            return; // never bound
        }
        connector.setShutdownIdleTimeout(drain.toMillis());
        connector.shutdown();
    }

    /** Closes the port (when it was bound) and deletes the PEM file. */
    public void stop(SharedJetty jetty) {
        try {
            if (address != null) {
                jetty.remove(connector);
            }
        } finally {
            if (pemFile != null) {
                pemFile.delete();
            }
        }
    }
}
