package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Journal;
import dev.wamock.server.testing.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An HTML journal report open in the browser from {@code file://}: its chart marks, table rows and texts. */
final class ReportPage {
    private final Browser browser;

    private ReportPage(Browser browser) {
        this.browser = browser;
    }

    /** Writes {@code journal.toHtml()} into {@code dir} and opens it. */
    static ReportPage of(Browser browser, Journal journal, Path dir) throws IOException {
        return open(browser, Files.writeString(dir.resolve("journal.html"), journal.toHtml()));
    }

    /** Opens {@code file} and waits until the chart is drawn. */
    static ReportPage open(Browser browser, Path file) {
        assertThat(file).isAbsolute().exists();
        browser.driver().get(file.toUri().toString());
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#wamock-timeline svg.wt-chart"))
                .isEmpty());
        return new ReportPage(browser);
    }

    List<WebElement> marks() {
        return all("#wamock-timeline .wt-mark");
    }

    List<WebElement> tooEarly() {
        return all("#wamock-timeline .wt-mark[data-too-early='true']");
    }

    List<WebElement> rows() {
        return all("#wamock-entries tbody tr");
    }

    List<WebElement> all(String css) {
        return browser.driver().findElements(By.cssSelector(css));
    }

    List<String> attribute(String css, String name) {
        return all(css).stream().map(e -> e.getAttribute(name)).toList();
    }

    /** The tooltip text of a chart element (its SVG {@code <title>}). */
    String title(WebElement element) {
        return (String) browser.script("return arguments[0].querySelector('title').textContent", element);
    }

    /** Draws the chart again from the page's own data with {@code options} (a JS object literal). */
    void render(String options) {
        browser.script("WamockTimeline.render(document.getElementById('wamock-timeline'),"
                + " JSON.parse(document.getElementById('wamock-journal').textContent).entries, " + options + ")");
    }

    Object script(String script) {
        return browser.script(script);
    }
}
