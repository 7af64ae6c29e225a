package dev.wamock.server.cli;

import dev.wamock.scenarios.AccountNumber;
import dev.wamock.server.WamockServer;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * What the CLI prints once it is ready: the address really bound, one curl to paste, the dashboard's address, and a
 * warning if exposed.
 */
final class Banner {
    private Banner() {
    }

    static void print(PrintStream out, WamockServer server) {
        AccountNumber first = server.options().fixtures().all().stream().findFirst().orElse(null);
        out.println("wamock " + Version.current() + " listening on " + listening(server));
        if (first != null) {
            out.println("try: curl -H 'Authorization: Bearer fake-token' '" + server.baseUrl() + "/v23.0/" + first.id()
                    + "?fields=verified_name,quality_rating,messaging_limit_tier'");
        }
        out.println("dashboard: " + server.baseUrl() + "/__wamock/ui");
        if (server.httpsPort() >= 0) {
            out.println("https: " + server.httpsBaseUrl() + " (trust the CA in " + caFile(server)
                    + ", e.g. curl --cacert FILE)");
        }
        if (server.options().https() != null && server.options().https().proxy()) {
            java.net.InetSocketAddress proxy = server.proxyAddress();
            String host = proxy.getAddress() instanceof Inet6Address ? "[" + proxy.getHostString() + "]"
                    : proxy.getAddress().getHostAddress();
            out.println("proxy: HTTPS_PROXY=http://" + host + ":" + proxy.getPort() + " sends https://graph.facebook.com"
                    + " here; every other host gets a 502 and is never contacted");
        }
        out.println("Ctrl-C stops it.");
        out.flush();
    }

    /** The CA's PEM file, or where to fetch it when there is no temporary directory to write it to (the image). */
    private static String caFile(WamockServer server) {
        try {
            return server.caPemFile().toString();
        } catch (IllegalStateException noTemporaryDirectory) {
            return "the file you save from " + server.baseUrl() + "/__wamock/ca.pem";
        }
    }

    /**
     * Bound to more than loopback with no admin token: whoever reaches the port drives the admin API. Said on
     * {@code err}, once, at start.
     */
    static void warnIfExposed(PrintStream err, WamockServer server) {
        if (server.address().getAddress().isLoopbackAddress() || server.options().adminToken() != null) {
            return;
        }
        err.println("wamock: WARNING: listening on " + hostPort(server) + ", beyond this machine, with no admin"
                + " token: anyone who reaches this port can change the scenario, move the clock, reset and read the"
                + " journal (/__wamock/). Set --admin-token TOKEN (WAMOCK_ADMIN_TOKEN), or bind --host 127.0.0.1.");
        err.flush();
    }

    /** {@code http://127.0.0.1:8080}, or for every interface {@code 0.0.0.0:8080 (every interface; …)}. */
    static String listening(WamockServer server) {
        if (server.address().getAddress().isAnyLocalAddress()) {
            return hostPort(server) + " (every interface; from this machine: " + server.baseUrl() + ")";
        }
        return "http://" + hostPort(server);
    }

    /** {@code 127.0.0.1:8080}, {@code [::1]:8080}; every interface as asked (Java binds {@code 0.0.0.0} as {@code ::}). */
    private static String hostPort(WamockServer server) {
        InetAddress ip = server.address().getAddress();
        String literal;
        if (ip.isAnyLocalAddress()) {
            String asked = server.options().host();
            literal = asked.contains(":") ? "[" + asked + "]" : asked.isEmpty() ? "0.0.0.0" : asked;
        } else if (ip instanceof Inet6Address) {
            literal = "[" + (ip.isLoopbackAddress() ? "::1" : ip.getHostAddress()) + "]";
        } else {
            literal = ip.getHostAddress();
        }
        return literal + ":" + server.address().getPort();
    }
}
