package dev.wamock.assertions.internal;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the retry rules read a journal entry: transient or permanent answers, which requests belong to
 * one number, and when a request repeats another. Internal.
 */
public final class Answers {
    private Answers() {
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

    /** Entries grouped by number, each group in arrival order, groups in order of first appearance. */
    public static Map<String, List<JournalEntry>> byNumber(List<JournalEntry> entries) {
        Map<String, List<JournalEntry>> groups = new LinkedHashMap<>();
        for (JournalEntry e : entries) {
            groups.computeIfAbsent(numberOf(e), k -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    /** Whether {@code next} repeats {@code previous}: same number, version, fields and token. */
    public static boolean repeats(JournalEntry next, JournalEntry previous) {
        return Objects.equals(numberOf(next), numberOf(previous))
                && Objects.equals(versionOf(next), versionOf(previous))
                && Objects.equals(next.fields() == null ? null : new HashSet<>(next.fields()),
                        previous.fields() == null ? null : new HashSet<>(previous.fields()))
                && Objects.equals(next.token(), previous.token());
    }

    /** Each request for the same number right after one answered as {@code trigger} says, that repeats it. */
    public static List<Pair> repeatsAfter(List<JournalEntry> entries, java.util.function.Predicate<JournalEntry> trigger) {
        List<Pair> pairs = new ArrayList<>();
        for (List<JournalEntry> group : byNumber(entries).values()) {
            for (int i = 1; i < group.size(); i++) {
                JournalEntry previous = group.get(i - 1);
                JournalEntry next = group.get(i);
                if (trigger.test(previous) && repeats(next, previous)) {
                    pairs.add(new Pair(previous, next));
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingLong(p -> p.next().seq()));
        return pairs;
    }

    /** Two consecutive requests for one number. */
    public record Pair(JournalEntry previous, JournalEntry next) {
        /** {@code #2 after #1 was answered 401 code 190/463}. */
        public String describe() {
            return "#" + next.seq() + " after #" + previous.seq() + " was answered " + Answers.describe(previous);
        }
    }
}
