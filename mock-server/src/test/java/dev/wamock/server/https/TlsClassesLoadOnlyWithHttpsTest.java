package dev.wamock.server.https;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
                .noneMatch(c -> c.startsWith("dev.wamock.server.internal.RunCertificates"));
    }

    @Test
    void anHttpsStartLoadsThem() throws Exception {
        List<String> loaded = classesLoadedUntilReady("--https-port", "0");

        assertThat(loaded).anyMatch(c -> c.startsWith("org.bouncycastle."))
                .contains("org.eclipse.jetty.util.ssl.SslContextFactory$Server");
    }

    /** Runs the CLI on port 0 with {@code -verbose:class} until its banner ends; the classes it loaded by then. */
    private static List<String> classesLoadedUntilReady(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.wamock.server.cli.WamockCommand", "--port", "0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> loaded = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.equals("Ctrl-C stops it."); line = out.readLine()) {
                if (line.startsWith("[") && line.contains("[class,load] ")) {
                    loaded.add(line.substring(line.indexOf("[class,load] ") + 13).split(" ", 2)[0]);
                }
            }
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        return loaded;
    }
}
