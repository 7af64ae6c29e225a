package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules read off a journal entry: whether its answer was transient, a permanent error or a success, the
 * number and version it was for, when its answer was complete, and the answer in words. Internal.
 */
public final class EntryFacts {
    private EntryFacts() {
    }

    /**
     * An answer a client may retry: 5xx, 429, {@code is_transient: true}, or a connection fault.
     * {@code is_transient: true} wins over the status (a 400 with it is transient); {@code false} does not
     * make a 5xx or 429 permanent.
     */
    public static boolean isTransient(JournalEntry e) {
        return e.outcome() != Outcome.RESPONSE || e.status() >= 500 || e.status() == 429
                || Boolean.TRUE.equals(e.isTransient());
    }

    /** An error a client must not retry as is: any other 4xx (400, 401, 403, 404, 422, …). */
    public static boolean isPermanentError(JournalEntry e) {
        return e.failed() && !isTransient(e);
    }

    /** Whether the entry got an HTTP answer with a 2xx status. */
    public static boolean succeeded(JournalEntry e) {
        return e.outcome() == Outcome.RESPONSE && e.status() >= 200 && e.status() < 300;
    }

    /** {@code 401 code 190/463}, {@code 200}, or the fault's name. */
    public static String describe(JournalEntry e) {
        if (e.outcome() != Outcome.RESPONSE) {
            return e.outcome().wireName();
        }
        return e.status() + (e.code() == null ? "" : " code " + e.code() + (e.subcode() == null ? "" : "/" + e.subcode()));
    }

    /** The number the request was for; the path when it had none (unknown routes). */
    public static String numberOf(JournalEntry e) {
        return e.numberId() != null ? e.numberId() : e.path();
    }

    /** The Graph version: the recorded one, else the path's first segment (the server records none on a 401). */
    public static String versionOf(JournalEntry e) {
        if (e.version() != null) {
            return e.version();
        }
        String path = e.path() == null ? "" : e.path();
        String[] segments = path.startsWith("/") ? path.substring(1).split("/") : path.split("/");
        return segments.length > 0 && !segments[0].isEmpty() ? segments[0] : null;
    }

    /** When the entry's answer (or fault) was complete, on the server's monotonic clock. */
    public static long answeredNanos(JournalEntry entry) {
        // a journal written before answeredNanos existed reads it as 0: arrival plus latency is the same instant
        return entry.answeredNanos() != 0 ? entry.answeredNanos()
                : entry.receivedNanos() + entry.latencyMicros() * 1_000;
    }

    /** Entries grouped by number, each group in arrival order, groups in order of first appearance. */
    public static Map<String, List<JournalEntry>> byNumber(List<JournalEntry> entries) {
        Map<String, List<JournalEntry>> groups = new LinkedHashMap<>();
        for (JournalEntry e : entries) {
            groups.computeIfAbsent(numberOf(e), k -> new ArrayList<>()).add(e);
        }
        return groups;
    }
}
