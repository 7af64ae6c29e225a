package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The journal's timeline ({@link Journal#timeline()}) with notes on the requests a rule blames. Internal. */
public final class Timeline {
    private Timeline() {
    }

    /** The timeline with no notes. */
    public static String of(Journal journal) {
        return of(journal, Map.of());
    }

    /**
     * One line per request; a request whose seq is in {@code notes} gets {@code  ← note} appended. A journal
     * cut at a mark ({@code since(mark)}) says so first.
     */
    public static String of(Journal journal, Map<Long, String> notes) {
        List<String> lines = journal.timeline().lines().toList();
        List<JournalEntry> entries = journal.entries();
        StringBuilder sb = new StringBuilder();
        long afterSeq = journal.mark().seq() - journal.total();
        if (afterSeq > 0) {
            sb.append("  (since a mark: the requests after #").append(afterSeq).append(")").append(System.lineSeparator());
        }
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

    /**
     * The timeline with {@code notes} and the notes on transport repeats of {@code attempts}, followed by
     * the line that says whether they were counted (when there were any).
     */
    public static String of(Journal journal, Map<Long, String> notes, Attempts attempts) {
        Map<Long, String> all = new java.util.LinkedHashMap<>(attempts.notes());
        notes.forEach((seq, note) -> all.merge(seq, note, (repeat, rule) -> rule + "; " + repeat));
        String summary = attempts.summary();
        return of(journal, all) + (summary.isEmpty() ? "" : System.lineSeparator() + summary);
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
