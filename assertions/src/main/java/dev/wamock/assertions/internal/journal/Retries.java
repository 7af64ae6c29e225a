package dev.wamock.assertions.internal.journal;

import dev.wamock.scenarios.JournalEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The requests that repeat the one before them for the same number: same version, fields and token. Internal.
 */
public final class Retries {
    private Retries() {
    }

    /** A request ({@code next}) that repeats the one just before it for its number ({@code previous}). */
    public record Retry(JournalEntry previous, JournalEntry next) {
        /** {@code #2 after #1 was answered 401 code 190/463}. */
        public String describe() {
            return "#" + next.seq() + " after #" + previous.seq() + " was answered " + EntryFacts.describe(previous);
        }
    }

    /** Each retry of a request answered as {@code trigger} says, in order of arrival. */
    public static List<Retry> after(List<JournalEntry> entries, Predicate<JournalEntry> trigger) {
        List<Retry> retries = new ArrayList<>();
        for (List<JournalEntry> group : EntryFacts.byNumber(entries).values()) {
            for (int i = 1; i < group.size(); i++) {
                JournalEntry previous = group.get(i - 1);
                JournalEntry next = group.get(i);
                if (trigger.test(previous) && repeats(next, previous)) {
                    retries.add(new Retry(previous, next));
                }
            }
        }
        retries.sort(Comparator.comparingLong(r -> r.next().seq()));
        return retries;
    }

    /** Whether {@code next} repeats {@code previous}: same number, version, fields and token. */
    static boolean repeats(JournalEntry next, JournalEntry previous) {
        return Objects.equals(EntryFacts.numberOf(next), EntryFacts.numberOf(previous))
                && Objects.equals(EntryFacts.versionOf(next), EntryFacts.versionOf(previous))
                && Objects.equals(next.fields() == null ? null : new HashSet<>(next.fields()),
                        previous.fields() == null ? null : new HashSet<>(previous.fields()))
                && Objects.equals(next.token(), previous.token());
    }
}
