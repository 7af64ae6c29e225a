package dev.wamock.assertions.internal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The journal's timeline ({@link Journal#timeline()}) with notes on the requests a rule blames. Internal. */
public final class Timeline {
    private Timeline() {
    }

    public static String of(Journal journal) {
        return of(journal, Map.of());
    }

    /** One line per request; a request whose seq is in {@code notes} gets {@code  ← note} appended. */
    public static String of(Journal journal, Map<Long, String> notes) {
        List<String> lines = journal.timeline().lines().toList();
        List<JournalEntry> entries = journal.entries();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append(System.lineSeparator());
            }
            sb.append(lines.get(i));
            String note = i < entries.size() ? notes.get(entries.get(i).seq()) : null;
            if (note != null) {
                sb.append("  ← ").append(note);
            }
        }
        return sb.toString();
    }

    /** A duration in milliseconds with one decimal, whatever the default locale: {@code 100.0 ms}. */
    public static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    /** An offset from the journal's first request: {@code +12.5 ms}. */
    public static String offset(Journal journal, long nanos) {
        long t0 = journal.entries().isEmpty() ? nanos : journal.entries().get(0).receivedNanos();
        return String.format(Locale.ROOT, "%+.1f ms", (nanos - t0) / 1e6);
    }

    /** {@code 1 request}, {@code 3 requests}. */
    public static String requests(long n) {
        return n + (n == 1 ? " request" : " requests");
    }

    /** Lines indented by two spaces, joined by line separators. */
    public static String indent(List<String> lines) {
        return String.join(System.lineSeparator(), lines.stream().map(l -> "  " + l).toList());
    }
}
