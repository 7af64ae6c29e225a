package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.testing.Browser;
import dev.wamock.server.testing.BrowserExtension;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard's Webhooks panel and the deliveries on its timeline, in Debian's headless chromium: a template sent over
 * HTTP on a manual clock, the clock advanced 4 s, the send and its sent, delivered and read attempts on one line.
 */
@ExtendWith(BrowserExtension.class)
class WebhooksDashboardBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "fake-app-secret-1234";
    private static final String TEMPLATE = "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"template\","
            + "\"template\":{\"name\":\"hello_world\",\"language\":{\"code\":\"en_US\"}}}";
    private final Receiver receiver = new Receiver();
    private WamockServer server;

    WebhooksDashboardBrowserTest() throws java.io.IOException {
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        receiver.close();
    }

    /**
     * Opens the page of a server posting to the receiver on a manual clock, sends the template, advances 4 s and
     * waits for {@code attempts} webhook attempts.
     */
    private String sendAndAdvance(Browser browser, int attempts) {
        server = WamockServer.builder().port(0).webhooks(WebhookOptions.to(receiver.url()).withAppSecret(SECRET)).start();
        server.clock().manual();
        browser.driver().get(server.baseUrl() + "/__wamock/ui");
        browser.waitUpTo(WAIT).until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "live"));
        Reply sent = Http.to(server).send("POST", "/v23.0/" + Http.NUMBER + "/messages", TEMPLATE,
                "Authorization", "Bearer " + Http.TOKEN, "Content-Type", "application/json");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        server.clock().advance(Duration.ofSeconds(4));
        server.webhooks().awaitDeliveries(attempts, WAIT);
        return sent.json().at("/messages/0/id").asString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> panelRows(Browser browser) {
        return (List<String>) browser.script("return [...document.querySelectorAll('#webhooks tbody tr')]"
                + ".map(r => [...r.cells].map(c => c.textContent).join(' | '))");
    }

    @SuppressWarnings("unchecked")
    private static List<String> timelineDeliveries(Browser browser, String wamid) {
        return (List<String>) browser.script("return [...document.querySelectorAll('#chart-body .wt-delivery')]"
                + ".filter(g => g.dataset.wamid === arguments[0])"
                + ".map(g => g.dataset.status + ' ' + g.dataset.answer + ' ' + g.closest('.wt-lane').dataset.lane)", wamid);
    }

    @Test
    void theSendAndItsSentDeliveredReadAttemptsShowInThePanelAndOnTheSendsLineAndOneOpensWithItsBody(Browser browser) {
        receiver.checkSignaturesWith(SECRET);
        String wamid = sendAndAdvance(browser, 3);

        browser.waitUpTo(WAIT).until(d -> panelRows(browser).size() == 3);
        assertThat(panelRows(browser)).as("newest first").satisfiesExactly(
                read -> assertThat(read).startsWith("#3 | statuses read | wamid.").contains(" | 1 | 200 | "),
                delivered -> assertThat(delivered).startsWith("#2 | statuses delivered").contains(" | 200 | "),
                sentRow -> assertThat(sentRow).startsWith("#1 | statuses sent").contains(" | 200 | "));
        browser.waitUpTo(WAIT).until(d -> timelineDeliveries(browser, wamid).size() == 3);
        assertThat(timelineDeliveries(browser, wamid)).as("in the lane of the send's number")
                .containsExactly("sent 200 " + Http.NUMBER, "delivered 200 " + Http.NUMBER, "read 200 " + Http.NUMBER);
        assertThat(browser.script("return document.querySelector('#chart-body .wt-lane[data-lane=\"" + Http.NUMBER
                + "\"] .wt-mark').dataset.seq")).as("the send's own mark on that line").isEqualTo("1");
        assertThat(browser.driver().findElements(By.cssSelector("#chart-body .wt-d-acked"))).hasSize(3);

        // the chart is redrawn as the page polls, so the click is dispatched on the mark as found, not at its place
        browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", browser.driver()
                .findElement(By.cssSelector("#chart-body .wt-delivery[data-status='delivered'] path")));

        browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        assertThat(browser.driver().findElement(By.id("detail-title")).getText())
                .isEqualTo("#2 webhook statuses delivered try 1 → 200");
        String body = browser.driver().findElement(By.id("detail-body")).getText();
        assertThat(body).isEqualTo(server.webhooks().deliveries().get(1).body()).contains(wamid, "\"delivered\"");
        assertThat(browser.driver().findElement(By.id("detail-request")).getText())
                .contains("X-Hub-Signature-256 sha256=").doesNotContain(SECRET);
        assertThat(browser.driver().findElement(By.id("detail-curl")).getDomProperty("value"))
                .startsWith("curl -i -X POST '" + receiver.url() + "'");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void thePanelAsksOnlyForNewAttemptsAndEmptiesWhenTheSessionIsReset(Browser browser) {
        sendAndAdvance(browser, 3);
        browser.waitUpTo(WAIT).until(d -> panelRows(browser).size() == 3);
        browser.waitUpTo(WAIT).withMessage("a read of what follows the last attempt shown, #3").until(d -> (Boolean) browser
                .script("return performance.getEntriesByType('resource').some(r => r.name.endsWith('/__wamock/webhooks?since=2'))"));

        server.reset();

        browser.waitUpTo(WAIT).until(d -> panelRows(browser).isEmpty());
        assertThat(browser.driver().findElement(By.id("webhooks-empty")).isDisplayed()).isTrue();
        server.clock().manual();
        Reply again = Http.to(server).send("POST", "/v23.0/" + Http.NUMBER + "/messages", TEMPLATE,
                "Authorization", "Bearer " + Http.TOKEN, "Content-Type", "application/json");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        server.clock().advance(Duration.ofSeconds(4));
        server.webhooks().awaitDeliveries(3, WAIT);
        browser.waitUpTo(WAIT).until(d -> panelRows(browser).size() == 3);
        assertThat(panelRows(browser).get(2)).as("numbered from 1 again").startsWith("#1 | statuses sent");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aFailingReceiversAttemptShowsIts500AndAnInboundBodyWithMarkupShowsAsText(Browser browser) {
        receiver.failFirst(1);
        String wamid = sendAndAdvance(browser, 1); // delivered and read wait behind the sent status's retry

        browser.waitUpTo(WAIT).until(d -> panelRows(browser).size() == 1);
        assertThat(panelRows(browser).get(0)).startsWith("#1 | statuses sent").contains(" | 1 | 500 | ");
        browser.waitUpTo(WAIT).until(d -> timelineDeliveries(browser, wamid).contains("sent 500 " + Http.NUMBER));
        assertThat(browser.driver().findElements(By.cssSelector("#chart-body .wt-d-unacked"))).hasSize(1);
        assertThat(browser.driver().findElement(By.cssSelector("#chart-body .wt-delivery-count")).getDomAttribute(
                "data-failed")).isEqualTo("1");
        server.clock().advance(Duration.ofSeconds(10)); // the retry, then delivered and read
        server.webhooks().awaitDeliveries(4, WAIT);
        browser.waitUpTo(WAIT).until(d -> timelineDeliveries(browser, wamid).size() == 4);
        assertThat(panelRows(browser)).as("the retry").anySatisfy(row -> assertThat(row).contains("| statuses sent |")
                .contains(" | 2 | 200 | "));

        server.inbound().text("16505551234", "<img src=x onerror=alert(1)>hi");
        server.webhooks().awaitDeliveries(5, WAIT);
        browser.waitUpTo(WAIT).until(d -> panelRows(browser).size() == 5);
        browser.driver().findElement(By.cssSelector("#webhooks tbody tr:first-child")).click();

        browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        assertThat(browser.driver().findElement(By.id("detail-title")).getText()).startsWith("#5 webhook messages try 1");
        assertThat(browser.driver().findElement(By.id("detail-body")).getText()).contains("<img src=x onerror=alert(1)>hi");
        assertThat(browser.driver().findElements(By.cssSelector("#detail img, #webhooks img, #chart-body img"))).isEmpty();
        browser.waitUpTo(WAIT).withMessage("an attempt with no send on the page has a lane of its own").until(d -> !d.findElements(
                By.cssSelector("#chart-body .wt-lane[data-lane='webhooks'] .wt-delivery[data-status='messages']")).isEmpty());
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
