package dev.wamock.server.internal.proxy;

import dev.wamock.scenarios.GraphError;
import dev.wamock.server.internal.admin.AdminHosts;
import dev.wamock.server.internal.https.HttpsEndpoint;
import java.net.InetSocketAddress;
import java.util.Locale;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.util.HostPort;

/**
 * What the HTTP port of a server in proxy mode does with the host a request names: {@code CONNECT
 * graph.facebook.com:443} is tunnelled to the server's own HTTPS listener; a plain request naming
 * {@code graph.facebook.com} or one of the server's own names (as the admin API's Host rule has them, {@code *} aside)
 * is served; every other host is refused with a 502 and never contacted.
 */
public final class ProxyRule {
    /** The one host the proxy answers for. */
    public static final String GRAPH_HOST = "graph.facebook.com";
    private static final int HTTPS_PORT = 443;

    private final AdminHosts ownNames;
    private final HttpsEndpoint https;

    /** The rule of a server whose own names are {@code ownNames} and whose tunnels go to {@code https}. */
    public ProxyRule(AdminHosts ownNames, HttpsEndpoint https) {
        this.ownNames = ownNames;
        this.https = https;
    }

    /**
     * Lets the proxy port take {@code CONNECT graph.facebook.com:443} with {@code Host: graph.facebook.com}, as
     * {@code HttpURLConnection} sends it: Jetty refuses an authority that differs from {@code Host} by default (400).
     */
    public static void acceptConnectAsClientsSendIt(HttpConfiguration http) {
        http.setHttpCompliance(http.getHttpCompliance().with("wamock-proxy", HttpCompliance.Violation.MISMATCHED_AUTHORITY));
    }

    /** Whether {@code CONNECT authority} is answered with a tunnel: only {@code graph.facebook.com:443}. */
    boolean tunnels(String authority) {
        try {
            HostPort target = new HostPort(authority);
            return isGraph(target.getHost()) && target.getPort(HTTPS_PORT) == HTTPS_PORT;
        } catch (IllegalArgumentException notHostPort) {
            return false;
        }
    }

    /** Whether a plain request naming {@code host}, arrived on local address {@code local}, is served here. */
    boolean servesDirectly(String host, String local) {
        return isGraph(host) || ownNames.allowsOrigin(host, local);
    }

    /** Where a tunnel goes: the HTTPS listener, on loopback when it listens on every interface. */
    InetSocketAddress tunnelTarget() {
        return https.loopbackAddress();
    }

    /** The 502 error for a request that names {@code target}, which is never contacted. */
    static GraphError refusal(String target, boolean connect) {
        String what = connect ? "CONNECT " + target : "a request for " + target;
        return GraphError.of("wamock proxies only " + GRAPH_HOST + "; " + target + " is never contacted (" + what
                + " was refused without connecting). The proxy tunnels CONNECT " + GRAPH_HOST + ":443 to wamock's"
                + " HTTPS listener and serves plain requests naming " + GRAPH_HOST + "; call other hosts without this"
                + " proxy (e.g. list them in NO_PROXY / http.nonProxyHosts)", "OAuthException", 1);
    }

    private static boolean isGraph(String host) {
        return host != null && AdminHosts.normalize(host).toLowerCase(Locale.ROOT).equals(GRAPH_HOST);
    }
}
