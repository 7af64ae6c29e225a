package dev.wamock.scenarios.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A journal as one self-contained HTML document, from the template {@code report.html} next to the timeline chart
 * ({@code /dev/wamock/scenarios/timeline/}): the chart's script and style inlined, the journal inlined as JSON for it,
 * and a table of the entries that reads without the script. Nothing loads from the network: the document names no
 * URL, and its Content-Security-Policy allows no load at all. Internal.
 */
public final class JournalHtml {
    /** The classpath folder of the chart ({@code timeline.js}, {@code timeline.css}) and the report template. */
    public static final String ASSETS = "/dev/wamock/scenarios/timeline/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z.]+)}}");

    private JournalHtml() {
    }

    /**
     * The document: {@code title} as its title and heading, then {@code details} (preformatted text, e.g. a test's
     * failure; null for none), the chart, and the table.
     */
    public static String render(Journal journal, String title, String details) {
        Map<String, String> values = Map.of(
                "title", HtmlText.escape(title),
                "summary", HtmlText.escape(summary(journal)),
                "details", details == null ? "" : "<pre class=\"wr-details\">" + HtmlText.escape(details) + "</pre>",
                "rows", JournalTable.rows(journal.entries()),
                "journal", scriptJson(journal),
                "timeline.js", Assets.SCRIPT,
                "timeline.css", Assets.STYLE);
        Matcher m = PLACEHOLDER.matcher(Assets.TEMPLATE);
        StringBuilder html = new StringBuilder(Assets.TEMPLATE.length() + values.get("journal").length() * 2);
        while (m.find()) {
            m.appendReplacement(html, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(html).toString();
    }

    /**
     * {@code value} as JSON for a {@code <script type="application/json">} block: {@code <}, {@code >}, {@code &} and
     * the line separators U+2028 and U+2029 written as {@code \}{@code u} escapes (they occur only inside JSON
     * strings), so no {@code </script>} or {@code <!--} in the data can end the block or change how it is read.
     */
    public static String scriptJson(Object value) {
        String json = Mappers.JSON.writeValueAsString(value);
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String summary(Journal journal) {
        long failed = journal.entries().stream().filter(JournalEntry::failed).count();
        String s = journal.total() + (journal.total() == 1 ? " request" : " requests");
        if (journal.dropped() > 0) {
            s += " (the oldest " + journal.dropped() + " dropped from the bounded journal; " + journal.size() + " shown)";
        }
        if (!journal.entries().isEmpty()) {
            s += ", from " + journal.entries().get(0).receivedAt() + " to "
                    + journal.entries().get(journal.size() - 1).receivedAt();
        }
        return s + "; " + failed + " failed (HTTP 400 or more, a connection fault, or a wamock failure)";
    }

    /** The chart and the template, read once. */
    private static final class Assets {
        static final String SCRIPT = read("timeline.js");
        static final String STYLE = read("timeline.css");
        static final String TEMPLATE = read("report.html");

        private static String read(String name) {
            try (InputStream in = JournalHtml.class.getResourceAsStream(ASSETS + name)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + ASSETS + name + " is missing from wamock-scenarios");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read resource " + ASSETS + name, e);
            }
        }
    }
}
