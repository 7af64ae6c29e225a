package dev.wamock.server;

import java.nio.file.Path;

/**
 * The HTTPS listener a {@link WamockServer} opens beside its HTTP port, and whether that HTTP port also acts as a
 * forward proxy for {@code graph.facebook.com} (docs/https.md). Immutable; set through
 * {@link WamockServer.Builder#https()}, {@link WamockServer.Builder#httpsPort(int)},
 * {@link WamockServer.Builder#keystore(Path, String)} and {@link WamockServer.Builder#proxy()}.
 *
 * @param port             TCP port of the HTTPS listener; 0 picks a free one
 * @param keystore         a PKCS#12 file whose key and certificate chain to serve, or null (the default) for a leaf
 *                         generated at start for {@code localhost}, {@code 127.0.0.1}, {@code ::1} and
 *                         {@code graph.facebook.com}, signed by a CA made for this run only
 * @param keystorePassword the keystore's password, or null for none
 * @param proxy            the HTTP port also answers {@code CONNECT graph.facebook.com:443} with a tunnel to the HTTPS
 *                         listener, serves plain requests naming {@code graph.facebook.com}, and refuses every other
 *                         host with a 502 without contacting it
 */
public record HttpsOptions(int port, Path keystore, String keystorePassword, boolean proxy) {

    /**
     * Checks the port and that a password comes with a keystore.
     *
     * @throws IllegalArgumentException for a port outside 0..65535, or a password without a keystore
     */
    public HttpsOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("httpsPort must be 0..65535 but was " + port);
        }
        if (keystorePassword != null && keystore == null) {
            throw new IllegalArgumentException("a keystore password was given without a keystore; give the PKCS#12"
                    + " file too (--keystore FILE), or leave both out for a certificate generated at start");
        }
    }

    /** HTTPS on {@code port} (0: a free one) with a generated certificate, no proxy. */
    public static HttpsOptions onPort(int port) {
        return new HttpsOptions(port, null, null, false);
    }

    /** A copy on port {@code value}. */
    public HttpsOptions withPort(int value) {
        return new HttpsOptions(value, keystore, keystorePassword, proxy);
    }

    /** A copy that serves the key and chain of this PKCS#12 file ({@code null}: a generated certificate). */
    public HttpsOptions withKeystore(Path file, String password) {
        return new HttpsOptions(port, file, password, proxy);
    }

    /** A copy whose server's HTTP port acts as the Graph proxy, or not. */
    public HttpsOptions withProxy(boolean value) {
        return new HttpsOptions(port, keystore, keystorePassword, value);
    }
}
