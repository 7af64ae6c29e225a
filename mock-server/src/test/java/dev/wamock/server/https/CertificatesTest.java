package dev.wamock.server.https;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The certificates a server generates at start: a CA of its own run, and a leaf it signs for the names clients use. */
@Timeout(60)
class CertificatesTest {
    private static final int DNS = 2;
    private static final int IP = 7;

    @Test
    void theLeafNamesLocalhostTheLoopbackAddressesAndGraphAndIsSignedByTheRunsCa() throws Exception {
        try (WamockServer server = WamockServer.builder().https().start()) {
            X509Certificate[] chain = presented(server);
            X509Certificate leaf = chain[0];
            X509Certificate ca = ca(server);

            assertThat(leaf.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                    List.of(DNS, "localhost"), List.of(IP, "127.0.0.1"), List.of(IP, "0:0:0:0:0:0:0:1"),
                    List.of(DNS, "graph.facebook.com"));
            assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1"); // serverAuth
            assertThat(leaf.getBasicConstraints()).as("not a CA").isEqualTo(-1);
            leaf.verify(ca.getPublicKey());
            assertThat(leaf.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
            assertThat(ca.getSubjectX500Principal().getName()).contains("wamock per-run CA");
            assertThat(ca.getBasicConstraints()).as("a CA").isGreaterThanOrEqualTo(0);
            assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
            assertThat(ca.getPublicKey().getAlgorithm()).isEqualTo("EC");
            assertThat(leaf.getPublicKey().getAlgorithm()).isEqualTo("EC");
        }
    }

    @Test
    void bothCertificatesAreValidFromADayAgoToThirtyDaysAhead() throws Exception {
        try (WamockServer server = WamockServer.builder().https().start()) {
            Instant now = Instant.now();
            for (X509Certificate certificate : List.of(presented(server)[0], ca(server))) {
                assertThat(certificate.getNotBefore().toInstant())
                        .isBetween(now.minus(Duration.ofHours(25)), now.minus(Duration.ofHours(23)));
                assertThat(certificate.getNotAfter().toInstant())
                        .isBetween(now.plus(Duration.ofDays(29)), now.plus(Duration.ofDays(31)));
            }
        }
    }

    @Test
    void eachServerHasACaOfItsOwn() throws Exception {
        try (WamockServer one = WamockServer.builder().https().start();
             WamockServer two = WamockServer.builder().https().start()) {
            assertThat(ca(one)).isNotEqualTo(ca(two));
            assertThat(ca(one).getSubjectX500Principal()).isNotEqualTo(ca(two).getSubjectX500Principal());
        }
    }

    @Test
    void theLeafAlsoNamesTheAdminHostsTheServerIsAllowedToBeCalledBy() throws Exception {
        try (WamockServer server = WamockServer.builder().https().adminAllowedHosts("wamock", "192.168.1.20", "*").start()) {
            assertThat(presented(server)[0].getSubjectAlternativeNames())
                    .contains(List.of(DNS, "wamock"), List.of(IP, "192.168.1.20"))
                    .doesNotContain(List.of(DNS, "*"));
        }
    }

    static X509Certificate ca(WamockServer server) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(server.caCertificatePem().getBytes(StandardCharsets.US_ASCII)));
    }

    /** The chain the HTTPS listener presents, leaf first. */
    static X509Certificate[] presented(WamockServer server) throws Exception {
        try (SSLSocket socket = (SSLSocket) server.sslContext().getSocketFactory()
                .createSocket("127.0.0.1", server.httpsPort())) {
            socket.startHandshake();
            return java.util.Arrays.stream(socket.getSession().getPeerCertificates()).map(X509Certificate.class::cast)
                    .toArray(X509Certificate[]::new);
        }
    }
}
