package dev.wamock.server.https;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain start pays nothing for HTTPS: the CLI in a JVM of its own, run with {@code -verbose:class}, loads no
 * BouncyCastle class and not Jetty's {@code SslContextFactory} until HTTPS is asked for (and then it does, which shows
 * the check sees them). ({@code SslConnectionFactory} itself is loaded by every Jetty connector's start.)
 */
@Timeout(120)
class TlsClassesLoadOnlyWithHttpsTest {
    @Test
    void aPlainStartLoadsNoBouncyCastleAndNoJettyTlsClass() throws Exception {
        List<String> loaded = classesLoadedUntilReady();

        assertThat(loaded).as("classes loaded by a plain start").isNotEmpty()
                .noneMatch(c -> c.startsWith("org.bouncycastle."))
                .noneMatch(c -> c.startsWith("org.eclipse.jetty.util.ssl."))
                .noneMatch(c -> c.startsWith("dev.wamock.server.internal.https.RunCertificates"));
    }

    @Test
    void anHttpsStartLoadsThem() throws Exception {
        List<String> loaded = classesLoadedUntilReady("--https-port", "0");

        assertThat(loaded).anyMatch(c -> c.startsWith("org.bouncycastle."))
                .contains("org.eclipse.jetty.util.ssl.SslContextFactory$Server");
    }

    /** Runs the CLI on port 0 with {@code -verbose:class} until its banner ends; the classes it loaded by then. */
    private static List<String> classesLoadedUntilReady(String... args) throws IOException, InterruptedException {
        try (ChildCli cli = ChildCli.start(List.of("-verbose:class"), args)) {
            return cli.lines().stream().filter(l -> l.startsWith("[") && l.contains("[class,load] "))
                    .map(l -> l.substring(l.indexOf("[class,load] ") + 13).split(" ", 2)[0]).toList();
        }
    }
}
