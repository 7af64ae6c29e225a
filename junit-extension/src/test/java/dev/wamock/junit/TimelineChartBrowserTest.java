package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.ErrorSpec;
import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Browser;
import dev.wamock.server.testing.BrowserExtension;
import dev.wamock.server.testing.Http;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The timeline chart of {@code Journal.toHtml()} in Chromium, on journals of a real server: a retry that came before
 * the wait a Retry-After or an estimated_time_to_regain_access asked for is marked too early, one that waited is not.
 */
@ExtendWith(BrowserExtension.class)
@WamockTest
class TimelineChartBrowserTest {
    private static final String NUMBER = Http.NUMBER;
    @WamockInstance
    WamockHandle server;

    @TempDir
    Path dir;

    @Test
    void aRetryRightAfterA503WithRetryAfterIsMarkedTooEarly(Browser browser) throws Exception {
        server.use(busyForOneSecond());
        assertThat(get("fake-token-1234")).isEqualTo(503);
        assertThat(get("fake-token-1234")).isEqualTo(200);

        ReportPage page = ReportPage.of(browser, server.journal(), dir);

        assertThat(page.tooEarly()).singleElement().satisfies(mark -> {
            assertThat(mark.getAttribute("data-seq")).isEqualTo("2");
            assertThat(page.title(mark)).containsPattern("TOO EARLY: #1 \\(503\\) asked for 1000 ms \\(Retry-After: 1\\) "
                    + "but the client came back after \\d+(\\.\\d)? ms");
        });
        assertThat(page.attribute(".wt-interval", "data-state")).containsExactly("violated");
        assertThat(page.attribute(".wt-summary", "data-too-early-count")).containsExactly("1");
        assertThat(page.attribute("#wamock-entries tr.wr-too-early", "data-seq")).containsExactly("2");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aRetryAfterTheRetryAfterWaitOnTheScenarioClockIsNot(Browser browser) throws Exception {
        server.use(busyForOneSecond());
        server.clock().manual();
        assertThat(get("fake-token-1234")).isEqualTo(503);
        server.clock().sleeper().sleep(Duration.ofSeconds(1)); // the client's wait, on the scenario clock
        assertThat(get("fake-token-1234")).isEqualTo(200);

        ReportPage page = ReportPage.of(browser, server.journal(), dir);

        assertThat(page.marks()).hasSize(2);
        assertThat(page.tooEarly()).isEmpty();
        assertThat(page.attribute(".wt-interval", "data-state")).containsExactly("honoured");
        assertThat(page.attribute(".wt-wait", "data-wait-ms")).containsExactly("1000");
        assertThat(page.title(page.marks().get(1))).contains("waited 1000 ms after #1 on the scenario clock");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aRetryAfterTheRetryAfterWaitInRealTimeIsNot(Browser browser) throws Exception {
        server.use(busyForOneSecond());
        assertThat(get("fake-token-1234")).isEqualTo(503);
        Thread.sleep(1_100);
        assertThat(get("fake-token-1234")).isEqualTo(200);

        ReportPage page = ReportPage.of(browser, server.journal(), dir);

        assertThat(page.tooEarly()).isEmpty();
        assertThat(page.attribute(".wt-interval", "data-state")).containsExactly("honoured");
        assertThat(page.title(page.marks().get(1))).containsPattern("waited \\d{4} ms after #1$");
    }

    @ParameterizedTest(name = "retryAfter {0}")
    @CsvSource(delimiter = '|', value = {
        "true  | Retry-After: 3600",
        "false | estimated_time_to_regain_access: 60 min"})
    void aRetryWithinTheRateLimitWindowIsTooEarlyAndOneAfterItIsNot(boolean retryAfter, String source, Browser browser)
            throws Exception {
        server.use(Scenario.of("quota", Step.rateLimit(Answer.RateLimit.calls(1).per(Duration.ofHours(1))
                .retryAfter(retryAfter))));
        server.clock().manual();
        assertThat(get("fake-token-1234")).isEqualTo(200);
        assertThat(get("fake-token-1234")).isEqualTo(429);
        assertThat(get("fake-token-1234")).as("at once: too early").isEqualTo(429);
        server.clock().sleeper().sleep(Duration.ofHours(1));
        assertThat(get("fake-token-1234")).as("after the window").isEqualTo(200);

        ReportPage page = ReportPage.of(browser, server.journal(), dir);

        assertThat(page.attribute(".wt-mark", "data-outcome")).containsExactly("2xx", "rate-limit", "rate-limit", "2xx");
        assertThat(page.tooEarly()).singleElement().satisfies(mark -> {
            assertThat(mark.getAttribute("data-seq")).isEqualTo("3");
            assertThat(page.title(mark)).contains("TOO EARLY: #2 (429) asked for 60 min (" + source + ")");
        });
        assertThat(page.attribute(".wt-interval", "data-state")).containsExactly("violated", "honoured");
        assertThat(page.attribute(".wt-interval", "data-required-ms")).containsExactly("3600000", "3600000");
        assertThat(page.title(page.marks().get(1))).endsWith("x-app-usage call_count 200 %");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void everyOutcomeHasItsMarkAndTheTransportsOwnRepeatIsNoRetry(Browser browser) throws Exception {
        server.use(Scenario.of("every-outcome", Step.error("server-error").times(1), Step.error("rate-limited").times(1),
                Step.error("invalid-parameter").times(1), Step.fault(Fault.RESET).times(1),
                Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(50)))));
        assertThat(get("fake-token-1234")).isEqualTo(500);
        assertThat(get("fake-token-1234")).isEqualTo(429);
        assertThat(get("fake-token-1234")).isEqualTo(400);
        assertThat(get("fake-token-1234")).as("java.net.http repeats the GET after the reset").isEqualTo(200);

        ReportPage page = ReportPage.of(browser, server.journal(), dir);

        assertThat(page.attribute(".wt-mark", "data-outcome")).containsExactly("5xx", "rate-limit", "4xx", "fault", "2xx");
        assertThat(page.attribute(".wt-mark", "data-status")).containsExactly("500", "429", "400", "0", "200");
        assertThat(page.attribute(".wt-mark.wt-delayed", "data-seq")).containsExactly("5");
        assertThat(page.title(page.marks().get(4))).contains("#5 GET /v23.0/" + NUMBER + " → 200",
                "a transport repeat of #4", "[delay 50ms]");
        assertThat(page.rows()).hasSize(5);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void optionsGroupTheLanesByTokenAndCapTheMarksPerLane(Browser browser) throws Exception {
        for (String token : new String[] {"fake-token-1111", "fake-token-2222", "fake-token-1111", "fake-token-1111"}) {
            get(token);
        }
        ReportPage page = ReportPage.of(browser, server.journal(), dir);
        assertThat(page.attribute(".wt-lane", "data-lane")).containsExactly(NUMBER);

        page.render("{groupBy: 'token', maxPerLane: 2}");

        assertThat(page.attribute(".wt-lane", "data-lane")).containsExactly("…1111", "…2222");
        assertThat(page.attribute(".wt-lane", "data-requests")).containsExactly("3", "1");
        assertThat(page.attribute(".wt-mark", "data-seq")).containsExactly("3", "4", "2");
        assertThat(page.all(".wt-lane-count").get(0).getText()).isEqualTo("3 requests, last 2 drawn");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void clickingAMarkTellsThePageWhichEntryItIs(Browser browser) throws Exception {
        get("fake-token-1234");
        get("fake-token-1234");
        ReportPage page = ReportPage.of(browser, server.journal(), dir);
        page.script("document.getElementById('wamock-timeline').addEventListener('wamock-timeline-select',"
                + " function (e) { window.selected = e.detail.seq; })");

        page.marks().get(1).click();

        assertThat(page.script("return window.selected")).isEqualTo(2L);
    }

    @Test
    void tenThousandEntriesOfFiftyNumbersDrawABoundedNumberOfMarks(Browser browser) throws Exception {
        get("fake-token-1234");
        ReportPage page = ReportPage.of(browser, server.journal(), dir);

        page.script("var one = JSON.parse(document.getElementById('wamock-journal').textContent).entries[0], many = [];"
                + "for (var i = 1; i <= 10000; i++) { many.push(Object.assign({}, one, {seq: i, numberId: String(1000 + i % 50),"
                + " receivedNanos: i * 1e6, answeredNanos: i * 1e6 + 5e5, clockNanos: i * 1e6})); }"
                + "WamockTimeline.render(document.getElementById('wamock-timeline'), many)");

        assertThat(page.all(".wt-lane")).as("maxLanes").hasSize(24);
        assertThat(page.all(".wt-mark")).as("the newest 2000 entries, 40 for each of the 24 lanes").hasSize(24 * 40);
        assertThat(page.all(".wt-summary").get(0).getText())
                .isEqualTo("10000 requests in 24 lanes (by number) · the newest 2000 analysed · 26 less recent lanes not drawn");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static Scenario busyForOneSecond() {
        return Scenario.of("busy", Step.error(ErrorSpec.status(503).code(2).isTransient(true)
                .retryAfter(Duration.ofSeconds(1))).times(1), Step.passThrough());
    }

    private int get(String token) {
        return Http.to(server).withToken(token).number().status();
    }
}
