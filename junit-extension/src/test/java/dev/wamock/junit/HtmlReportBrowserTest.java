package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.server.testing.Browser;
import dev.wamock.server.testing.BrowserExtension;
import dev.wamock.server.testing.Http;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A failing test's HTML report, opened from {@code file://} in Chromium: the chart and the rows are there, offline. */
@ExtendWith(BrowserExtension.class)
class HtmlReportBrowserTest {
    /** A header value that would run script if the report put it into the page as markup. */
    static final String HOSTILE = "</script><img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";

    @TempDir
    Path reports;

    @Test
    void theReportOfAFailingTestShowsItsRequestsAndTheTooEarlyRetryWithoutTheNetwork(Browser browser) {
        Throwable failure = Engine.onlyFailure(Engine.run(RetriesARateLimitAtOnce.class,
                Map.of("wamock.reports.dir", reports.toString())));
        Path file = HtmlReportTest.htmlFile(failure.getSuppressed()[0].getMessage());

        ReportPage page = ReportPage.open(browser, file);

        assertThat(page.rows()).hasSize(3);
        assertThat(page.attribute(".wt-mark", "data-seq")).containsExactly("1", "2", "3");
        assertThat(page.attribute(".wt-mark", "data-outcome")).containsExactly("2xx", "rate-limit", "rate-limit");
        assertThat(page.tooEarly()).singleElement().satisfies(m -> assertThat(m.getAttribute("data-seq")).isEqualTo("3"));
        assertThat(page.all("pre.wr-details").get(0).getText()).contains("expected: 200", "active scenario 'quota'");
        assertThat(page.script("return performance.getEntriesByType('resource').length")).as("loads").isEqualTo(0L);
        assertThat(page.script("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(page.script("return document.images.length + document.scripts.length")).isEqualTo(3L);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @EngineFixture
    @WamockTest
    static class RetriesARateLimitAtOnce {
        @Test
        void expectsTheRetryToPass(WamockHandle wamock) throws Exception {
            wamock.use(Scenario.of("quota", dev.wamock.scenarios.Step.rateLimit(Answer.RateLimit.calls(1)
                    .per(Duration.ofHours(1)).retryAfter(true))));
            Http http = Http.to(wamock).withHeader("X-Note", HOSTILE);
            http.number();
            http.number();
            assertThat(http.number().status()).isEqualTo(200);
        }
    }
}
