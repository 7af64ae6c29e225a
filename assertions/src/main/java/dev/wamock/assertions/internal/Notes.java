package dev.wamock.assertions.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Timeline notes for the requests a rule blames. Internal. */
final class Notes {
    private Notes() {
    }

    /** {@code ← retry of #1} on each repeating request. */
    static Map<Long, String> retries(List<Answers.Pair> pairs) {
        Map<Long, String> notes = new LinkedHashMap<>();
        pairs.forEach(p -> notes.put(p.next().seq(), "retry of #" + p.previous().seq()));
        return notes;
    }

    /** {@code ← too soon} on each request that came too early. */
    static Map<Long, String> tooSoon(java.util.Collection<Waits.Wait> waits) {
        Map<Long, String> notes = new LinkedHashMap<>();
        waits.forEach(w -> notes.put(w.after().seq(), "too soon"));
        return notes;
    }
}
