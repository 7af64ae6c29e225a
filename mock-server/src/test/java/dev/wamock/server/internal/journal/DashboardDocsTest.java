package dev.wamock.server.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.internal.admin.UiRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/dashboard.md states the stream's and the page's limits and rules as the code has them. */
class DashboardDocsTest {
    /** Surefire runs in the module directory. */
    private static final Path DOCS = Path.of("..", "docs");

    private static String page() throws IOException {
        return Files.readString(DOCS.resolve("dashboard.md")).replaceAll("\\s+", " ");
    }

    @Test
    void theLimitsOnThePageAreTheCodes() throws IOException {
        String page = page();

        assertThat(page).contains("At most **" + JournalStreams.MAX_STREAMS + " streams** per server",
                "waits up to " + JournalStreams.WAIT.toSeconds() + " s for a place",
                "every " + JournalStream.TICK.toMillis() + " ms",
                "at most " + String.format("%,d", JournalStream.MAX_PER_TICK).replace(',', ' ') + " entries per batch",
                "buffer is " + JournalStream.BUFFER_BYTES / 1024 + " KiB",
                "once a write has waited " + SlowReadCutOff.STALL_SECONDS + " s",
                "a heartbeat comment every second");
        assertThat(JournalStream.HEARTBEAT.toMillis()).isEqualTo(1000);
        assertThat(page).contains("keeps the last 20 000 entries");
        assertThat(resource("table.js")).contains("export const MAX_ENTRIES = 20000;");
    }

    @Test
    void thePageQuotesTheContentSecurityPolicyAsServed() throws IOException {
        assertThat(page()).contains("`Content-Security-Policy: " + UiRoutes.CSP + "`");
    }

    @Test
    void everyEventTheStreamSendsIsInTheTable() throws IOException {
        String page = page();
        String stream = Files.readString(Path.of("src/main/java/dev/wamock/server/internal/journal/JournalStream.java"));
        Matcher events = Pattern.compile("event: ([a-z]+)").matcher(stream);
        int count = 0;
        while (events.find()) {
            assertThat(page).contains("| `event: " + events.group(1) + "` |");
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(3);
        assertThat(page).contains("| `event: end` |", "| `event: error` |");
    }

    @Test
    void everyPictureExistsAndTheCommandThatMakesThemNamesARealTest() throws IOException {
        String page = page();
        Matcher images = Pattern.compile("\\]\\((images/[a-z-]+\\.png)\\)").matcher(page);
        int count = 0;
        while (images.find()) {
            assertThat(DOCS.resolve(images.group(1))).as(images.group(1)).isRegularFile();
            count++;
        }
        assertThat(count).isEqualTo(3);
        assertThat(page).contains("-Dtest=DashboardScreenshotsTest", "-Dwamock.screenshots=$PWD/docs/images");
        assertThat(Path.of("src/test/java/dev/wamock/server/dashboard/DashboardScreenshotsTest.java")).isRegularFile();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DashboardDocsTest.class.getResourceAsStream("/dev/wamock/server/ui/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
