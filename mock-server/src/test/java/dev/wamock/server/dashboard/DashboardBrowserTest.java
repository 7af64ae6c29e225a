package dev.wamock.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Browser;
import dev.wamock.server.testing.BrowserExtension;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.ServerClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The dashboard in Debian's headless chromium against a server on port 0; one browser per test. */
@ExtendWith(BrowserExtension.class)
class DashboardBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private WamockServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Http open(Browser browser, WamockServer.Builder builder) {
        server = builder.port(0).start();
        browser.driver().get(server.baseUrl() + "/__wamock/ui");
        return Http.to(server);
    }

    private static void awaitLive(Browser browser) {
        browser.waitUpTo(WAIT).until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "live"));
    }

    /** The rows in the DOM, top first (one script call, not one WebDriver call per row). */
    @SuppressWarnings("unchecked")
    static List<String> rowTexts(Browser browser) {
        return (List<String>) browser.script("return [...document.querySelectorAll('#rows .row:not([hidden])')]"
                + ".map(r => [...r.children].map(c => c.textContent).join(' '))");
    }

    @Test
    void thePageLoadsWithoutConsoleErrorsAndARequestAppearsInTheLiveTableWithinASecond(Browser browser) {
        Http http = open(browser, WamockServer.builder());
        awaitLive(browser);
        browser.waitUpTo(WAIT).until(d -> !d.findElements(By.cssSelector("#catalogue li")).isEmpty());

        http.get("/v23.0/" + Http.NUMBER, "Authorization", "Bearer fake-token-9z8y");

        browser.waitUpTo(Duration.ofSeconds(1)).until(d -> rowTexts(browser).size() == 1);
        assertThat(rowTexts(browser).get(0)).contains("#1", "GET", "/v23.0/" + Http.NUMBER, "9z8y", "200");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void activatingTransientThenOkFromThePageChangesTheNextAnswersAndItsButtonsDriveTheServer(Browser browser) {
        Http http = open(browser, WamockServer.builder());
        WebElement activate = browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#catalogue button[data-scenario='transient-then-ok']")));

        activate.click();

        browser.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("active-name"), "transient-then-ok"));
        assertThat(List.of(http.number("").status(), http.number("").status(), http.number("").status()))
                .containsExactly(500, 500, 200);
        browser.waitUpTo(WAIT).until(d -> d.findElements(By.cssSelector("#active-steps tbody tr")).size() == 2
                && d.findElement(By.cssSelector("#active-steps tbody tr:first-child td:last-child")).getText().equals("2"));

        browser.driver().findElement(By.id("deactivate")).click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("active-name"), "none"));
        assertThat(server.progress()).isNull();
        browser.driver().findElement(By.id("clock-manual")).click();
        browser.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.id("clock-mode"), "manual"));
        long before = ServerClock.of(server).state().nowMillis();
        browser.driver().findElement(By.id("clock-advance")).click(); // by the 30s the field holds
        browser.waitUpTo(WAIT).until(d -> ServerClock.of(server).state().nowMillis() >= before + 30_000);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void filtersByNumberStatusAndTokenShowOnlyTheMatchingRowsAndARowOpensAsCurl(Browser browser) {
        Http http = open(browser, WamockServer.builder());
        awaitLive(browser);
        http.get("/v23.0/" + Http.NUMBER, "Authorization", "Bearer fake-token-aaaa");
        http.get("/v23.0/999", "Authorization", "Bearer fake-token-bbbb");
        http.get("/v23.0/555000000429", "Authorization", "Bearer fake-token-bbbb");
        browser.waitUpTo(WAIT).until(d -> rowTexts(browser).size() == 3);

        type(browser, "filter-number", "999");
        assertThat(rowTexts(browser)).singleElement().asString().contains("/v23.0/999", "404");
        type(browser, "filter-number", "");
        type(browser, "filter-status", "4xx");
        assertThat(rowTexts(browser)).hasSize(2).allSatisfy(r -> assertThat(r).contains("bbbb"));
        type(browser, "filter-status", "");
        type(browser, "filter-token", "aaaa");
        assertThat(rowTexts(browser)).singleElement().asString().contains(Http.NUMBER);

        browser.driver().findElement(By.cssSelector("#rows .row:not([hidden])")).click();
        String curl = browser.waitUpTo(WAIT).until(d -> {
            String value = d.findElement(By.id("detail-curl")).getDomProperty("value");
            return value.isEmpty() ? null : value;
        });
        assertThat(curl).startsWith("curl -i '" + server.baseUrl() + "/v23.0/" + Http.NUMBER + "'")
                .contains("'Authorization: Bearer …aaaa'").doesNotContain("fake-token");
        assertThat(browser.driver().findElement(By.id("detail-response")).getText()).contains("x-fb-trace-id");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void tenThousandEntriesRenderOnlyTheRowsInViewNewestFirst(Browser browser) {
        open(browser, WamockServer.builder());
        awaitLive(browser);

        browser.script("const t = window.wamockDashboard.table;"
                + "for (let i = 1; i <= 10000; i++) t.add({seq: i, receivedAt: new Date().toISOString(), method: 'GET',"
                + " path: '/v23.0/' + i, status: i % 10 ? 200 : 500, latencyMicros: 800, outcome: 'response', effects: []});");

        browser.waitUpTo(WAIT).until(d -> Long.valueOf(10000).equals(browser.script(
                "return window.wamockDashboard.table.shown.length")));
        browser.waitUpTo(WAIT).until(d -> rowTexts(browser).get(0).startsWith("#10000"));
        assertThat(rowTexts(browser).size()).as("rows in the DOM").isBetween(10, 100);
        type(browser, "filter-status", "500");
        browser.waitUpTo(WAIT).until(d -> rowTexts(browser).get(0).startsWith("#10000"));
        assertThat(browser.script("return window.wamockDashboard.table.shown.length")).isEqualTo(1000L);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void withAnAdminTokenThePageAsksForItAndWorksOnceItIsTyped(Browser browser) {
        Http http = open(browser, WamockServer.builder().adminToken("fake-admin-token-5678"));
        WebElement input = browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("token-input")));
        assertThat(browser.driver().findElement(By.id("status")).getDomAttribute("data-state")).isEqualTo("token");
        assertThat(http.get("/__wamock/journal/stream").status()).as("the stream without the token").isEqualTo(401);
        assertThat(browser.driver().findElements(By.cssSelector("#catalogue li"))).as("no data without the token").isEmpty();

        input.sendKeys("fake-admin-token-5678");
        browser.driver().findElement(By.id("token-submit")).click();

        awaitLive(browser);
        http.number("");
        browser.waitUpTo(WAIT).until(d -> rowTexts(browser).size() == 1);
        assertThat(browser.driver().findElements(By.cssSelector("#catalogue li"))).isNotEmpty();
        assertThat(browser.script("return location.href")).asString().doesNotContain("fake-admin-token");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        if (!text.isEmpty()) {
            input.sendKeys(text);
        } else {
            browser.script("arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", input);
        }
        browser.script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }
}
