package dev.wamock.testcontainers.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The HTTPS trust of a running container: its CA certificate from {@code GET /__wamock/ca.pem}, and a TLS context trusting it alone. */
public final class ContainerTrust {
    private ContainerTrust() {
    }

    /** The PEM the server at {@code baseUrl} serves at {@code /__wamock/ca.pem} (public: no admin token needed). */
    public static String caPem(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/__wamock/ca.pem"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + request.uri() + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + request.uri(), e);
        }
    }

    /** A client TLS context that trusts the certificate in {@code pem} only. */
    public static SSLContext trusting(String pem) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("wamock-ca", CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a TLS context from the container's CA certificate: " + e, e);
        }
    }
}
