package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An immutable snapshot of what a server received and answered, oldest first. The server keeps a
 * bounded number of entries; {@code dropped} counts those that fell off, so {@code total} always
 * equals the number of requests received. A snapshot taken from a server can {@link #await} more
 * entries, and {@link #mark()} / {@link #since(Mark)} cut out what one part of a test did.
 */
public final class Journal {
    private final long total;
    private final long dropped;
    private final List<JournalEntry> entries;
    private final long afterSeq;
    private final JournalSource source;

    /** A detached snapshot: {@code total} requests received, {@code dropped} of them fell off. */
    @JsonCreator
    public Journal(@JsonProperty("total") long total, @JsonProperty("dropped") long dropped,
                   @JsonProperty("entries") List<JournalEntry> entries) {
        this(total, dropped, entries, 0, null);
    }

    private Journal(long total, long dropped, List<JournalEntry> entries, long afterSeq, JournalSource source) {
        this.total = total;
        this.dropped = dropped;
        this.entries = entries == null ? List.of() : List.copyOf(entries);
        this.afterSeq = afterSeq;
        this.source = source;
    }

    /** A journal with no requests. */
    public static Journal empty() {
        return new Journal(0, 0, List.of());
    }

    /** This snapshot, able to {@link #await} more entries from {@code source} (used by wamock's servers). */
    public Journal withSource(JournalSource source) {
        return new Journal(total, dropped, entries, afterSeq, source);
    }

    /** How many requests the server received (in this part, for a {@link #since} journal). */
    @JsonProperty("total")
    public long total() {
        return total;
    }

    /** How many of those fell off the bounded journal. */
    @JsonProperty("dropped")
    public long dropped() {
        return dropped;
    }

    /** The entries kept, oldest first. */
    @JsonProperty("entries")
    public List<JournalEntry> entries() {
        return entries;
    }

    /** The number of entries kept. */
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

    /** A place in the journal: every request received so far is before it. */
    public record Mark(long seq) {
    }

    /** The place after every request received so far, for {@link #since(Mark)} later. */
    public Mark mark() {
        return new Mark(afterSeq + total);
    }

    /**
     * What arrived after {@code mark}: {@code total} and {@code dropped} count only those requests, and
     * the part can still {@link #await} more of them.
     */
    public Journal since(Mark mark) {
        long before = mark.seq() - afterSeq;
        if (before < 0 || before > total) {
            throw new IllegalArgumentException("mark " + mark.seq() + " does not belong to this journal (it holds requests "
                    + (afterSeq + 1) + ".." + (afterSeq + total) + "); take the mark and the journal from the same server, "
                    + "after the mark was taken");
        }
        List<JournalEntry> after = where(e -> e.seq() > mark.seq());
        return new Journal(total - before, Math.max(0, dropped - before), after, mark.seq(), source);
    }

    /**
     * Waits until this journal (or this part of it) holds at least {@code count} entries, and returns
     * it; entries land when their answers end, so a delayed or stalled request is seen once answered.
     *
     * @throws IllegalStateException when this snapshot was not taken from a server
     * @throws AssertionError        when {@code timeout} passes first; the message prints the timeline
     */
    public Journal await(int count, Duration timeout) {
        if (size() >= count) {
            return this;
        }
        if (source == null) {
            throw new IllegalStateException("this journal is a detached snapshot (read from JSON or built by hand): "
                    + "call await on a journal taken from a server, e.g. wamock.journal().await(" + count + ", timeout)");
        }
        try {
            Journal now = part(source.awaitUntil(j -> part(j).size() >= count, timeout));
            if (now.size() < count) {
                throw new AssertionError("expected at least " + count + " journal entries"
                        + (afterSeq > 0 ? " after mark " + afterSeq : "") + " within " + timeout + " but "
                        + now.size() + " had landed (a request is journaled when its answer ends); journal:"
                        + System.lineSeparator() + now.timeline());
            }
            return now;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while awaiting " + count + " journal entries", e);
        }
    }

    private Journal part(Journal whole) {
        Journal live = whole.withSource(source);
        return afterSeq > 0 ? live.since(new Mark(afterSeq)) : live;
    }

    /** The journal as a timeline, one line per entry, with offsets in ms from the first entry. */
    public String timeline() {
        if (entries.isEmpty()) {
            return "  (no requests received)";
        }
        long t0 = entries.get(0).receivedNanos();
        StringBuilder sb = new StringBuilder();
        for (JournalEntry e : entries) {
            sb.append(String.format(java.util.Locale.ROOT, "  %+8.1f ms  %s%n", (e.receivedNanos() - t0) / 1e6,
                    e.describe()));
        }
        if (dropped > 0) {
            sb.append("  (").append(dropped).append(" older entries dropped)").append(System.lineSeparator());
        }
        return sb.toString();
    }

    /**
     * The journal as one self-contained HTML document: the timeline chart (a lane per number, a mark per request
     * coloured by its outcome, the waits between retries, the waits a {@code Retry-After} or an
     * {@code estimated_time_to_regain_access} asked for, and every retry that came before such a wait ended, marked
     * "too early") and a table of the entries. The chart's script and the entries are inlined; the page loads nothing
     * from the network, so it opens from a file in any browser, offline. Write it where a test report goes, e.g.
     * {@code Files.writeString(Path.of("target/journal.html"), journal.toHtml())}.
     */
    public String toHtml() {
        return toHtml("wamock journal", null);
    }

    /**
     * {@link #toHtml()} with {@code title} as the page's title and heading, followed by {@code details} as
     * preformatted text (a test's failure, say; null for none). Both are escaped.
     */
    public String toHtml(String title, String details) {
        return dev.wamock.scenarios.internal.JournalHtml.render(this, Objects.requireNonNull(title, "title"), details);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Journal j && j.total == total && j.dropped == dropped && j.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, dropped, entries);
    }

    @Override
    public String toString() {
        return "Journal[total=" + total + ", dropped=" + dropped + ", entries=" + entries + "]";
    }
}
