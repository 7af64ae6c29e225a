package dev.wamock.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** What the CLI prints once a server is up: the address really bound, and a warning only where it is due. */
class BannerTest {
    @Test
    void aServerBoundByNameShowsTheAddressItReallyBound() {
        try (WamockServer server = WamockServer.builder().host("localhost").port(0).start()) {
            String banner = printed(Banner::print, server).lines().findFirst().orElseThrow();

            assertThat(banner).matches("wamock \\S+ listening on http://(127\\.0\\.0\\.1|\\[::1\\]):" + server.port());
        }
    }

    @Test
    void theBannerNamesTheDashboardOnTheAddressItPrints() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            assertThat(printed(Banner::print, server).lines()).contains("dashboard: " + server.baseUrl() + "/__wamock/ui");
        }
    }

    @Test
    void aLoopbackServerPrintsNoWarning() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            assertThat(printed(Banner::warnIfExposed, server)).isEmpty();
        }
    }

    @Test
    void everyInterfaceWithAnAdminTokenPrintsNoWarningButShowsTheBind() {
        try (WamockServer server = WamockServer.builder().host("0.0.0.0").port(0).adminToken("fake-admin-token").start()) {
            assertThat(printed(Banner::warnIfExposed, server)).isEmpty();
            assertThat(printed(Banner::print, server)).startsWith("wamock ").contains(" listening on 0.0.0.0:"
                    + server.port() + " (every interface; from this machine: http://127.0.0.1:" + server.port() + ")");
        }
    }

    @Test
    void everyInterfaceWithoutAnAdminTokenWarnsOnceWithTheFix() {
        try (WamockServer server = WamockServer.builder().host("0.0.0.0").port(0).start()) {
            assertThat(printed(Banner::warnIfExposed, server).lines()).singleElement().asString()
                    .startsWith("wamock: WARNING: listening on 0.0.0.0:" + server.port() + ", beyond this machine")
                    .contains("--admin-token TOKEN").contains("--host 127.0.0.1");
        }
    }

    @Test
    void withHttpsTheBannerShowsTheHttpsUrlAndTheCaFileToTrust() {
        try (WamockServer server = WamockServer.builder().https().start()) {
            assertThat(printed(Banner::print, server)).contains("https: https://127.0.0.1:" + server.httpsPort()
                    + " (trust the CA in " + server.caPemFile() + ", e.g. curl --cacert FILE)").doesNotContain("proxy:");
        }
    }

    @Test
    void inProxyModeTheBannerShowsTheProxyToSet() {
        try (WamockServer server = WamockServer.builder().proxy().start()) {
            assertThat(printed(Banner::print, server)).contains("https: https://127.0.0.1:" + server.httpsPort())
                    .contains("proxy: HTTPS_PROXY=http://127.0.0.1:" + server.port() + " sends https://graph.facebook.com"
                            + " here; every other host gets a 502 and is never contacted");
        }
    }

    private static String printed(BiConsumer<PrintStream, WamockServer> print, WamockServer server) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        print.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8), server);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
