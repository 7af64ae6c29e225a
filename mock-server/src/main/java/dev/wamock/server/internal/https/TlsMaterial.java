package dev.wamock.server.internal.https;

import dev.wamock.server.HttpsOptions;
import dev.wamock.server.internal.proxy.ProxyRule;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What the HTTPS listener serves and what its clients trust: a key store with one key and its chain (for Jetty), and
 * the chain's root, the only certificate a client needs to trust. Generated for the run ({@link RunCertificates},
 * the only class that touches BouncyCastle) or read from a given PKCS#12 file ({@link GivenKeystore}).
 *
 * @param keyStore the key and its chain, leaf first
 * @param password the key store's (and the key's) password
 * @param root     the last certificate of the chain: the per-run CA, or the given chain's root
 * @param leaf     the certificate the listener presents
 */
record TlsMaterial(KeyStore keyStore, char[] password, X509Certificate root, X509Certificate leaf) {
    /** The names the generated leaf always covers (the proxy mode's tunnel needs {@code graph.facebook.com}). */
    static final List<String> NAMES = List.of("localhost", "127.0.0.1", "::1", ProxyRule.GRAPH_HOST);

    /**
     * The material {@code https} asks for: the given keystore's, or a fresh CA and leaf for {@link #NAMES} and
     * {@code extraNames}.
     *
     * @throws HttpsSetupException naming the keystore and the fix when it cannot be used
     */
    static TlsMaterial of(HttpsOptions https, List<String> extraNames) {
        if (https.keystore() != null) {
            return GivenKeystore.read(https.keystore(), https.keystorePassword());
        }
        List<String> names = new java.util.ArrayList<>(NAMES);
        extraNames.stream().filter(n -> !names.contains(n)).forEach(names::add);
        return RunCertificates.generate(names);
    }

    /** The root certificate as PEM ({@code -----BEGIN CERTIFICATE-----}, 64-character lines). */
    String rootPem() {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(root.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode the root certificate: " + e.getMessage(), e);
        }
    }

    /** A client-side TLS context that trusts the root alone (not the JVM's CAs). */
    SSLContext clientContext() {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("wamock-root", root);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build a TLS context trusting " + root.getSubjectX500Principal()
                    + ": " + e.getMessage(), e);
        }
    }
}
