package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WebhookOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** docs/webhooks.md states the defaults the code has. */
class WebhooksDocsTest {
    private static final Path PAGE = Path.of("..", "docs", "webhooks.md");

    @Test
    void theDefaultsOnThePageAreTheDefaultsOfTheOptions() throws Exception {
        String page = Files.readString(PAGE);
        WebhookOptions defaults = WebhookOptions.none();

        assertThat(defaults.sentAfter()).isZero();
        assertThat(defaults.deliveredAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.readAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(page).contains("| `sent` at once, `delivered` after 1 s, `read` after 3 s |");
        assertThat(defaults.retries()).containsExactlyElementsOf(WebhookOptions.DEFAULT_RETRIES);
        assertThat(WebhookOptions.DEFAULT_RETRIES.subList(7, 13)).containsOnly(Duration.ofDays(1));
        assertThat(WebhookOptions.DEFAULT_RETRIES.subList(0, 7)).containsExactly(Duration.ofSeconds(10),
                Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(6), Duration.ofHours(12));
        assertThat(page).contains("| 10 s, 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h × 6 |");
        Duration total = WebhookOptions.DEFAULT_RETRIES.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isEqualTo(Duration.parse("P6DT20H36M10S")).isLessThan(Duration.ofDays(7));
        assertThat(page).contains("6 d 20 h 36 min 10 s");
        assertThat(defaults.maxPending()).isEqualTo(1_000);
        assertThat(page).contains("| max pending | 1 000 per session |");
        assertThat(defaults.attemptTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(page).contains("| attempt timeout | 5 s |");
    }
}
