package dev.wamock.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(BrowserExtension.class)
class BrowserFixtureTest {
    private static String page(String html) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void the_system_chromium_renders_a_page_and_runs_its_script(Browser browser) {
        browser.driver().get(page("<p id='p'>static</p><script>document.getElementById('p').textContent = 'ran'</script>"));

        assertThat(browser.driver().findElement(By.id("p")).getText()).isEqualTo("ran");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void an_uncaught_exception_in_the_page_is_a_console_error(Browser browser) {
        browser.driver().get(page("<script>throw new Error('boom-from-page')</script>"));

        assertThat(browser.consoleErrors()).anySatisfy(e -> assertThat(e).contains("boom-from-page"));
    }
}
