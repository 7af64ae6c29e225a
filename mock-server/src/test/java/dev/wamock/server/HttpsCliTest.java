package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.cli.WamockCommand;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's HTTPS options: a keystore that cannot be used, or options that make no sense, are one clear line. */
@Timeout(60)
class HttpsCliTest {
    @TempDir
    Path dir;

    @Test
    void aMissingKeystoreExitsWithOneAndOneLineNamingTheFile() {
        Path missing = dir.resolve("missing.p12");

        CliTest.Run run = CliTest.run(() -> WamockCommand.execute("--port", "0", "--https-port", "0",
                "--keystore", missing.toString(), "--keystore-password", "fake-password-1234"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .isEqualTo("wamock: keystore " + missing + ": no such file; give the path of a PKCS#12 file (.p12)");
        assertThat(run.out()).doesNotContain("listening on");
    }

    @Test
    void aKeystoreWithTheWrongPasswordExitsWithOneAndOneLine() throws Exception {
        Path keystore = dir.resolve("given.p12");
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (var out = java.nio.file.Files.newOutputStream(keystore)) {
            store.store(out, "fake-password-1234".toCharArray());
        }

        CliTest.Run run = CliTest.run(() -> WamockCommand.execute("--port", "0", "--https-port", "0",
                "--keystore", keystore.toString(), "--keystore-password", "not-the-password"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                .startsWith("wamock: keystore " + keystore + ": wrong password").contains("--keystore-password");
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ");
    }

    @Test
    void aKeystoreWithoutHttpsIsAMisuse() {
        CliTest.Run run = CliTest.run(() -> WamockCommand.execute("--port", "0", "--keystore", "given.p12"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith("wamock: ").contains("--keystore given.p12")
                        .contains("--https-port N").contains("--proxy"))
                .anySatisfy(l -> assertThat(l).startsWith("usage: ").contains("[--https-port N]").contains("[--proxy]"));
    }

    @Test
    void aKeystorePasswordWithoutAKeystoreIsAMisuse() {
        CliTest.Run run = CliTest.run(() -> WamockCommand.execute("--port", "0", "--https-port", "0",
                "--keystore-password", "fake-password-1234"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--keystore-password was given without --keystore").contains("usage: ");
    }

    @Test
    void anHttpsPortInUseExitsWithOneNamingTheHttpsPortOption() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(taken.getLocalPort());

            CliTest.Run run = CliTest.run(() -> WamockCommand.execute("--port", "0", "--https-port", port));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines()).as("stderr:%n%s", run.err()).singleElement().asString()
                    .isEqualTo("wamock: HTTPS port " + port + " on 127.0.0.1 is already in use; stop what uses it or"
                            + " pass another --https-port (0 picks a free one)");
        }
    }

    @Test
    void helpDescribesTheHttpsOptions() {
        CliTest.Run run = CliTest.run(() -> WamockCommand.execute("--help"));

        assertThat(run.out()).contains("--https-port").contains("--keystore").contains("--keystore-password")
                .contains("--proxy");
    }
}
