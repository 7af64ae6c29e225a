package dev.wamock.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Browser;
import dev.wamock.server.testing.BrowserExtension;
import dev.wamock.server.testing.Http;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The screenshots of docs/dashboard.md: a retry story on the live page, an entry opened, the token prompt. With
 * {@code -Dwamock.screenshots=<dir>} it writes {@code dashboard-*.png} there; without, it still runs the story and
 * checks what the pictures would show.
 */
@ExtendWith(BrowserExtension.class)
class DashboardScreenshotsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String DIR = System.getProperty("wamock.screenshots");

    private static void picture(Browser browser, String name) throws IOException {
        if (DIR != null && !DIR.isBlank()) {
            System.err.println("wrote " + browser.screenshot(Path.of(DIR, "dashboard-" + name + ".png")).toAbsolutePath());
        }
    }

    @Test
    void aRetryStoryOnTheLivePageAndOneEntryOpened(Browser browser) throws IOException {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            server.clock().manual();
            server.use(Scenario.named("flaky-then-quota").describedAs("Two 500s (code 2, is_transient), a slow answer,"
                    + " then 4 calls per minute").then(Step.error("server-error").times(2))
                    .then(Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(120))).times(1))
                    .then(Step.rateLimit(Answer.RateLimit.calls(4).per(Duration.ofMinutes(1)).retryAfter(true))).build());
            Http http = Http.to(server);
            browser.driver().get(server.baseUrl() + "/__wamock/ui");
            browser.waitUpTo(WAIT).until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "live"));
            for (int i = 0; i < 8; i++) {
                http.get("/v23.0/" + Http.NUMBER, "Authorization", "Bearer fake-token-k3Zq");
            }
            http.get("/v23.0/999", "Authorization", "Bearer fake-token-x7Qp");
            http.get("/v23.0/555000000429", "Authorization", "Bearer fake-token-x7Qp");
            browser.waitUpTo(WAIT).until(d -> DashboardBrowserTest.rowTexts(browser).size() == 10);
            browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("windows"), "5 / 4 calls"));
            if (getClass().getResource("/dev/wamock/scenarios/timeline/timeline.js") != null) {
                browser.waitUpTo(WAIT).until(d -> d.findElements(By.cssSelector("#chart-body [data-seq]")).size() >= 10);
                browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", // marks 2 ms
                        browser.driver().findElement(By.cssSelector("#chart-body [data-seq='2']")));  // apart overlap
                browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-title"),
                        "#2 GET"));
                browser.driver().findElement(By.id("detail-close")).click();
            } else {
                assertThat(browser.driver().findElement(By.id("chart-note")).getText()).contains("not in this build");
            }
            picture(browser, "live");

            browser.driver().findElement(By.xpath("//div[@id='rows']/div[span[1]='#8']")).click(); // the first 429
            browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
            assertThat(browser.driver().findElement(By.id("detail-title")).getText()).contains("429");
            assertThat(browser.driver().findElement(By.id("detail-response")).getText()).contains("retry-after");
            picture(browser, "entry");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theTokenPrompt(Browser browser) throws IOException {
        try (WamockServer server = WamockServer.builder().port(0).adminToken("fake-admin-token-5678").start()) {
            browser.driver().get(server.baseUrl() + "/__wamock/ui");

            browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("token-dialog")));
            assertThat(browser.driver().findElement(By.id("token-dialog")).getText()).contains("--admin-token");
            picture(browser, "token");
        }
    }
}
