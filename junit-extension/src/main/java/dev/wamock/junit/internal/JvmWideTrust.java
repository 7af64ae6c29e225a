package dev.wamock.junit.internal;

import dev.wamock.server.WamockServer;
import java.net.InetSocketAddress;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * {@code installJvmWide}: a server's trust as the JVM's default TLS context (and {@code HttpsURLConnection}'s socket
 * factory) and, in proxy mode, its HTTP port as the JVM's HTTPS proxy; and the way back to what was there before.
 */
final class JvmWideTrust {
    private static final String[] PROXY_PROPERTIES = {"https.proxyHost", "https.proxyPort"};

    private JvmWideTrust() {
    }

    /** Installs {@code server}'s trust (and proxy); the returned action restores the JVM's previous settings. */
    static Runnable install(WamockServer server) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String name : PROXY_PROPERTIES) {
            properties.put(name, System.getProperty(name));
        }
        SSLContext context = defaultContext();
        SSLSocketFactory factory = HttpsURLConnection.getDefaultSSLSocketFactory();
        SSLContext.setDefault(server.sslContext());
        HttpsURLConnection.setDefaultSSLSocketFactory(server.sslContext().getSocketFactory());
        if (server.options().https().proxy()) {
            InetSocketAddress proxy = server.proxyAddress();
            System.setProperty(PROXY_PROPERTIES[0], proxy.getAddress().getHostAddress());
            System.setProperty(PROXY_PROPERTIES[1], String.valueOf(proxy.getPort()));
        }
        return () -> {
            properties.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
            SSLContext.setDefault(context);
            HttpsURLConnection.setDefaultSSLSocketFactory(factory);
        };
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no default TLS context to restore later: " + e.getMessage(), e);
        }
    }
}
