package dev.wamock.scenarios.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Effect;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.internal.JournalHtml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code Journal.toHtml()}: one self-contained document with every entry, safe against what clients send. */
class JournalToHtmlTest {
    private static final Pattern JSON_BLOCK = Pattern.compile(
            "<script type=\"application/json\" id=\"wamock-journal\">(.*?)</script>", Pattern.DOTALL);
    private static final String HOSTILE = "</script><img src=x onerror=alert(1)><!-- <script>alert(2)</script>"
            + " https://evil.example/x.js \u2028";

    private static JournalEntry entry(long seq, int status, String path, Map<String, String> headers) {
        return JournalEntry.builder().seq(seq).receivedAt(Instant.parse("2026-03-01T10:17:31.123456789Z").plusMillis(seq * 100))
                .receivedNanos(1_000_000_000L + seq * 100_000_000L).answeredNanos(1_000_000_000L + seq * 100_000_000L + 2_000_000)
                .clockNanos(seq * 100_000_000L).method("GET").path(path).numberId("106540352242922").token("…1234")
                .headers(headers).status(status).code(status == 200 ? null : 2).latencyMicros(2_000)
                .scenario("transient-then-ok").step(status == 200 ? 1 : 0).responseHeaders(Map.of("retry-after", "1"))
                .build();
    }

    private static Journal journal(JournalEntry... entries) {
        return new Journal(entries.length, 0, List.of(entries));
    }

    @Test
    void theDocumentHasARowForEveryEntryAndTheWholeJournalAsItsData() {
        Journal journal = journal(entry(1, 500, "/v23.0/106540352242922", Map.of()),
                entry(2, 500, "/v23.0/106540352242922", Map.of()),
                entry(3, 200, "/v23.0/106540352242922", Map.of()).toBuilder()
                        .effects(List.of(Effect.delay(Duration.ofMillis(300)))).build());

        String html = journal.toHtml();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>wamock journal</title>", "3 requests", "2 failed");
        assertThat(rows(html)).containsExactly("1", "2", "3");
        assertThat(html).contains("<td class=\"wr-status\">500</td><td>2</td><td>transient-then-ok step 0</td>",
                "<td>delay 300ms</td>", "<td>…1234</td>", "<td title=\"2026-03-01T10:17:31.223456789Z\">10:17:31.223</td>");
        assertThat(Mappers.JSON.readValue(data(html), Journal.class)).isEqualTo(journal);
    }

    @Test
    void hostileHeaderValuesPathsAndBodiesStayDataInTheTableAndInTheJsonBlock() {
        Journal journal = journal(entry(1, 404, "/v23.0/" + HOSTILE, Map.of("User-Agent", HOSTILE, HOSTILE, "x")).toBuilder()
                .query("fields=" + HOSTILE).token("…</b>").responseBody(HOSTILE).stepLabel(HOSTILE).build());

        String html = journal.toHtml("title " + HOSTILE, "details " + HOSTILE);

        assertThat(count(html, "<script")).as("the template's three scripts, none from data").isEqualTo(3);
        assertThat(count(html, "</script")).isEqualTo(3);
        assertThat(html).doesNotContainIgnoringCase("<img").doesNotContain("<!--", "<b>")
                .contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(data(html)).doesNotContain("<", ">", "&", "\u2028").contains("\\u003c/script\\u003e");
        assertThat(Mappers.JSON.readValue(data(html), Journal.class)).isEqualTo(journal);
    }

    @Test
    void theDocumentNamesNoUrlOutsideTheDataItCarries() throws IOException {
        String html = journal(entry(1, 200, "/v23.0/106540352242922", Map.of("Referer", "https://evil.example/page")))
                .toHtml();

        String withoutData = JSON_BLOCK.matcher(html).replaceAll("").replaceAll("(?s)<td[^>]*>.*?</td>", "");
        assertThat(withoutData).doesNotContainPattern("(?i)https?:|//[a-z0-9.-]+\\.[a-z]{2,}/|\\b(src|href|action)\\s*=|@import|url\\(");
        assertThat(html).contains("Content-Security-Policy", "default-src 'none'");
        for (String asset : List.of("timeline.js", "timeline.css")) {
            assertThat(asset(asset)).as(asset).doesNotContainPattern("(?i)https?:|</script|<!--");
        }
    }

    @Test
    void anEmptyJournalIsADocumentWithAnEmptyTable() {
        String html = Journal.empty().toHtml();

        assertThat(html).contains("0 requests", "<tbody>\n\n</tbody>");
        assertThat(data(html)).isEqualTo("{\"total\":0,\"dropped\":0,\"entries\":[]}");
    }

    @Test
    void aConnectionFaultShowsItsOutcomeInsteadOfAStatus() {
        String html = journal(entry(1, 0, "/v23.0/106540352242922", Map.of()).toBuilder().outcome(Outcome.RESET)
                .effects(List.of(Effect.fault(dev.wamock.scenarios.Fault.RESET))).build()).toHtml();

        assertThat(html).contains("data-outcome=\"reset\" class=\"wr-failed\"", "<td class=\"wr-status\">reset</td>",
                "<td>fault reset</td>");
    }

    private static List<String> rows(String html) {
        return Pattern.compile("<tr data-seq=\"(\\d+)\"").matcher(html).results().map(r -> r.group(1)).toList();
    }

    private static String data(String html) {
        Matcher m = JSON_BLOCK.matcher(html);
        assertThat(m.find()).as("the JSON block").isTrue();
        return m.group(1);
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part), Pattern.CASE_INSENSITIVE).matcher(text).results().count();
    }

    private static String asset(String name) throws IOException {
        try (InputStream in = JournalHtml.class.getResourceAsStream(JournalHtml.ASSETS + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
