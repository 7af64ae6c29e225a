package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.function.Predicate;

/**
 * An immutable snapshot of what a server received and answered, oldest first. The server keeps a
 * bounded number of entries; {@code dropped} counts those that fell off, so {@code total} always
 * equals the number of requests received.
 */
public record Journal(
        @JsonProperty("total") long total,
        @JsonProperty("dropped") long dropped,
        @JsonProperty("entries") List<JournalEntry> entries) {

    public Journal {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static Journal empty() {
        return new Journal(0, 0, List.of());
    }

    public int size() {
        return entries.size();
    }

    /** Entries that satisfy {@code filter}, in order. */
    public List<JournalEntry> where(Predicate<JournalEntry> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** Entries for one number ID. */
    public List<JournalEntry> forNumber(String numberId) {
        return where(e -> numberId.equals(e.numberId()));
    }

    /** The journal as a timeline, one line per entry, with offsets in ms from the first entry. */
    public String timeline() {
        if (entries.isEmpty()) {
            return "  (no requests received)";
        }
        long t0 = entries.get(0).receivedNanos();
        StringBuilder sb = new StringBuilder();
        for (JournalEntry e : entries) {
            sb.append(String.format(java.util.Locale.ROOT, "  %+8.1f ms  %s%n", (e.receivedNanos() - t0) / 1e6, e.describe()));
        }
        if (dropped > 0) {
            sb.append("  (").append(dropped).append(" older entries dropped)").append(System.lineSeparator());
        }
        return sb.toString();
    }
}
