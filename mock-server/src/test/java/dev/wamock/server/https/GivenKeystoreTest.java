package dev.wamock.server.https;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.server.ServerStartException;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A PKCS#12 keystore given instead of the generated certificate: served as given, and clear errors when it cannot be. */
@Timeout(60)
class GivenKeystoreTest {
    static final String PASSWORD = "fake-password-1234";
    @TempDir
    static Path dir;
    static Path keystore;

    /** A self-signed EC key for localhost and 127.0.0.1, made by the JDK's keytool as a user would. */
    @BeforeAll
    static void makeKeystore() throws IOException, InterruptedException {
        keystore = dir.resolve("given.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "given", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=given-by-the-test", "-ext", "san=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as("keytool: %s", output).isZero();
    }

    @Test
    void theGivenKeyAndCertificateAreServedAndTrustedThroughTheServersSslContext() throws Exception {
        try (WamockServer server = WamockServer.builder().keystore(keystore, PASSWORD).start()) {
            assertThat(CertificatesTest.presented(server)[0].getSubjectX500Principal().getName())
                    .isEqualTo("CN=given-by-the-test");
            assertThat(CertificatesTest.ca(server)).as("the chain's root, here the self-signed leaf itself")
                    .isEqualTo(CertificatesTest.presented(server)[0]);
            assertThat(Http.to(server.httpsBaseUrl()).withClient(server.httpClient()).number().status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aKeystoreThatDoesNotExistFailsTheStartNamingTheFile() {
        Path missing = dir.resolve("missing.p12");

        assertThatThrownBy(() -> WamockServer.builder().keystore(missing, PASSWORD).start())
                .isInstanceOf(ServerStartException.class)
                .hasMessage("keystore " + missing + ": no such file; give the path of a PKCS#12 file (.p12)");
    }

    @Test
    void aWrongPasswordFailsTheStartSayingSo() {
        assertThatThrownBy(() -> WamockServer.builder().keystore(keystore, "not-the-password").start())
                .isInstanceOf(ServerStartException.class)
                .hasMessageStartingWith("keystore " + keystore + ": wrong password")
                .hasMessageContaining("--keystore-password");
    }

    @Test
    void aFileThatIsNotAKeystoreFailsTheStartSayingSo() throws IOException {
        Path text = Files.writeString(dir.resolve("not-a-keystore.p12"), "hello");

        assertThatThrownBy(() -> WamockServer.builder().keystore(text, PASSWORD).start())
                .isInstanceOf(ServerStartException.class)
                .hasMessageStartingWith("keystore " + text + ": ").hasMessageContaining("PKCS#12");
    }
}
