package dev.wamock.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The dashboard's files and the read-only rate-windows route, over real HTTP on port 0 (no admin token). */
class DashboardRoutesTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();

    @BeforeEach
    void reset() {
        SERVER.server().reset();
    }

    @Test
    void thePageIsServedWithAStrictContentSecurityPolicyAndRevalidatedCaching() {
        Reply page = SERVER.http().get("/__wamock/ui");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualTo("text/html;charset=utf-8");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
                "frame-ancestors 'none'").doesNotContain("unsafe", "http:", "https:");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("ETag")).startsWith("\"");

        Reply head = RawHttp.send(SERVER.port(), "HEAD", "/__wamock/ui");
        assertThat(head.status()).as("HEAD, as curl -I sends it").isEqualTo(200);
        assertThat(head.header("ETag")).isEqualTo(page.header("ETag"));

        Reply again = SERVER.http().get("/__wamock/ui", "If-None-Match", page.header("ETag"));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void thePageHoldsNoInlineScriptOrStyleAndEveryFileItNamesIsServedFromThisServer() {
        String html = SERVER.http().get("/__wamock/ui").body();

        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("\\son[a-z]+=")
                .doesNotContain("<style", " style=", "http://", "https://");
        List<String> files = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/__wamock/ui/[^\"]+)\"").matcher(html);
        while (m.find()) {
            files.add(m.group(1));
        }
        assertThat(files).contains("/__wamock/ui/dashboard.js", "/__wamock/ui/dashboard.css");
        for (String file : files) {
            Reply reply = SERVER.http().get(file);
            assertThat(reply.status()).as(file).isEqualTo(200);
            assertThat(reply.header("Content-Type")).as(file)
                    .isEqualTo(file.endsWith(".js") ? "text/javascript;charset=utf-8" : "text/css;charset=utf-8");
            assertThat(reply.header("Content-Security-Policy")).as(file).isNotNull();
        }
    }

    @Test
    void everyModuleTheScriptsImportIsServed() {
        List<String> pending = new ArrayList<>(List.of("dashboard.js"));
        List<String> seen = new ArrayList<>();
        while (!pending.isEmpty()) {
            String name = pending.remove(0);
            Reply js = SERVER.http().get("/__wamock/ui/" + name);
            assertThat(js.status()).as(name).isEqualTo(200);
            seen.add(name);
            Matcher m = Pattern.compile("from '\\./([a-z-]+\\.js)'").matcher(js.body());
            while (m.find()) {
                if (!seen.contains(m.group(1)) && !pending.contains(m.group(1))) {
                    pending.add(m.group(1));
                }
            }
        }
        assertThat(seen).contains("api.js", "table.js", "panels.js", "detail.js", "format.js");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/__wamock/ui/nothing.js", "/__wamock/ui/index.html", "/__wamock/ui/..%2Fgraph-versions.json",
        "/__wamock/ui/Dashboard.JS"})
    void aFileTheDashboardDoesNotHaveIsAGraphShaped404(String path) {
        Reply reply = RawHttp.send(SERVER.port(), "GET", path);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("error").path("message").asString()).contains("wamock admin:");
    }

    @Test
    void theTimelineChartsFilesComeFromTheScenariosModuleOrAreAGraphShaped404NamingIt() {
        boolean inThisBuild = getClass().getResource("/dev/wamock/scenarios/timeline/timeline.js") != null;
        Reply js = SERVER.http().get("/__wamock/ui/timeline.js");
        String page = SERVER.http().get("/__wamock/ui").body();

        if (inThisBuild) {
            assertThat(js.status()).isEqualTo(200);
            assertThat(js.header("Content-Type")).isEqualTo("text/javascript;charset=utf-8");
            assertThat(page).contains("<script src=\"/__wamock/ui/timeline.js\"></script>");
        } else {
            assertThat(js.status()).isEqualTo(404);
            assertThat(js.json().path("error").path("message").asString()).contains("dev/wamock/scenarios/timeline/");
            assertThat(page).as("the page does not ask for a file that is not there").doesNotContain("timeline.js");
        }
    }

    @Test
    void thePageRefusesAHostItDoesNotKnowAsTheAdminApiDoes() {
        Reply reply = RawHttp.send(SERVER.port(), "GET", "/__wamock/ui", "Host: rebound.example");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("error").path("message").asString()).contains("DNS rebinding");
    }

    @Test
    void rateWindowsShowEachRateLimitStepsCallsLimitAndTimeToResetOnTheSessionsClock() {
        SERVER.server().clock().manual();
        SERVER.server().use(Scenario.of("quota", Step.rateLimit(Answer.RateLimit.calls(2).per(Duration.ofHours(1)))));
        for (int i = 0; i < 3; i++) {
            SERVER.http().number("");
        }

        JsonNode window = SERVER.http().get("/__wamock/rate-windows").json().path("windows").get(0);

        assertThat(window.path("scenario").asString()).isEqualTo("quota");
        assertThat(window.path("step").asInt()).isZero();
        assertThat(window.path("appUsed").asLong()).isEqualTo(3);
        assertThat(window.path("appCalls").asInt()).isEqualTo(2);
        assertThat(window.path("windowMillis").asLong()).isEqualTo(3_600_000);
        assertThat(window.path("resetsInMillis").asLong()).isEqualTo(3_600_000);
        assertThat(window.path("businessUsed").size()).isEqualTo(1);

        SERVER.server().clock().advance(Duration.ofHours(1));
        JsonNode after = SERVER.http().get("/__wamock/rate-windows").json().path("windows").get(0);
        assertThat(after.path("appUsed").asLong()).as("the window ended").isZero();
        assertThat(after.path("resetsInMillis").isNull()).isTrue();
    }

    @Test
    void withoutARateLimitStepThereAreNoWindows() {
        SERVER.server().use("transient-then-ok");

        assertThat(SERVER.http().get("/__wamock/rate-windows").json().path("windows").isEmpty()).isTrue();
    }
}
