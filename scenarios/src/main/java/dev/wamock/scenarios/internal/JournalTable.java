package dev.wamock.scenarios.internal;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The rows of the HTML report's table of entries, every value escaped. Internal. */
final class JournalTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private JournalTable() {
    }

    /** One {@code <tr data-seq="…">} per entry, oldest first; the time is UTC, {@code +ms} counts from the first. */
    static String rows(List<JournalEntry> entries) {
        StringBuilder html = new StringBuilder(entries.size() * 400);
        long t0 = entries.isEmpty() ? 0 : entries.get(0).receivedNanos();
        for (JournalEntry e : entries) {
            html.append("<tr data-seq=\"").append(e.seq()).append("\" data-outcome=\"")
                    .append(HtmlText.escape(e.outcome().wireName())).append('"')
                    .append(e.failed() ? " class=\"wr-failed\"" : "").append('>')
                    .append(cell("wr-n", String.valueOf(e.seq())))
                    .append("<td title=\"").append(HtmlText.escape(String.valueOf(e.receivedAt()))).append("\">")
                    .append(e.receivedAt() == null ? "" : TIME.format(e.receivedAt())).append("</td>")
                    .append(cell("wr-n", String.format(Locale.ROOT, "%+.1f", (e.receivedNanos() - t0) / 1e6)))
                    .append(cell(null, e.method()))
                    .append(cell("wr-path", e.path() + (e.query() == null || e.query().isEmpty() ? "" : "?" + e.query())))
                    .append(cell(null, e.token()))
                    .append(cell("wr-status", status(e)))
                    .append(cell(null, e.code() == null ? "" : e.code() + (e.subcode() == null ? "" : " / " + e.subcode())))
                    .append(cell(null, step(e)))
                    .append(cell(null, e.effects().isEmpty() ? "" : e.effects().toString().replaceAll("^\\[|]$", "")))
                    .append(cell("wr-n", String.format(Locale.ROOT, "%.1f ms", e.latencyMicros() / 1000.0)))
                    .append("</tr>\n");
        }
        return html.toString();
    }

    private static String cell(String type, String text) {
        return (type == null ? "<td>" : "<td class=\"" + type + "\">") + HtmlText.escape(text) + "</td>";
    }

    private static String status(JournalEntry e) {
        if (e.outcome() == Outcome.RESPONSE) {
            return String.valueOf(e.status());
        }
        return e.outcome().wireName() + (e.status() > 0 ? " (" + e.status() + ")" : "");
    }

    private static String step(JournalEntry e) {
        if (e.scenario() == null) {
            return "";
        }
        return e.scenario() + (e.step() == null ? " pass" : " step " + e.step()
                + (e.stepLabel() == null ? "" : " '" + e.stepLabel() + "'"));
    }
}
