package dev.wamock.state.redis.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One change of a session's log as Redis returned it: the stream ID ({@code <ms>-<seq>}), its place {@code n} in the
 * session's changes (1, 2, 3, … with no gap), its kind and its fields.
 *
 * @param id     the stream ID
 * @param n      the change's number
 * @param kind   {@code req}, {@code use}, {@code useName}, {@code off}, {@code reset}, {@code clock}, {@code send},
 *               {@code inbound} or {@code hooks} (a later version may add more; a replica ignores a kind it does not
 *               know)
 * @param fields every field of the entry, {@code n} and {@code k} included
 */
public record LogEntry(String id, long n, String kind, Map<String, String> fields) {
    /** The most a stream ID's sequence part adds to its time, so the times of one millisecond's changes stay apart. */
    static final long MAX_SEQ_NANOS = 999_999;

    /** A field's value, or null. */
    public String get(String field) {
        return fields.get(field);
    }

    /** When the change landed, in nanoseconds since 1970: {@code ms * 1_000_000 + min(seq, 999_999)}. */
    public long nanos() {
        return nanosOf(id);
    }

    /**
     * The time of a stream ID in nanoseconds since 1970: {@code <ms>-<seq>} is {@code ms * 1_000_000 + min(seq,
     * 999_999)}, so changes within one millisecond keep their order on the clock.
     */
    public static long nanosOf(String streamId) {
        int dash = streamId.indexOf('-');
        long ms = Long.parseLong(dash < 0 ? streamId : streamId.substring(0, dash));
        long seq = dash < 0 ? 0 : Long.parseLong(streamId.substring(dash + 1));
        return Math.multiplyExact(ms, 1_000_000L) + Math.min(seq, MAX_SEQ_NANOS);
    }

    /** Whether stream ID {@code a} comes after {@code b} ({@code ""}: before every ID). */
    public static boolean after(String a, String b) {
        if (b.isEmpty()) {
            return !a.isEmpty();
        }
        if (a.isEmpty()) {
            return false;
        }
        int da = a.indexOf('-');
        int db = b.indexOf('-');
        int byMs = Long.compareUnsigned(Long.parseUnsignedLong(a.substring(0, da)), Long.parseUnsignedLong(b.substring(0, db)));
        return byMs != 0 ? byMs > 0
                : Long.compareUnsigned(Long.parseUnsignedLong(a.substring(da + 1)), Long.parseUnsignedLong(b.substring(db + 1))) > 0;
    }

    /** Entries from a script's reply: a list of {@code [id, [field, value, …]]}. */
    static List<LogEntry> listOf(Object reply) {
        List<?> raw = (List<?>) reply;
        List<LogEntry> entries = new ArrayList<>(raw.size());
        for (Object o : raw) {
            List<?> pair = (List<?>) o;
            List<?> flat = (List<?>) pair.get(1);
            Map<String, String> fields = new HashMap<>(flat.size());
            for (int i = 0; i + 1 < flat.size(); i += 2) {
                fields.put((String) flat.get(i), (String) flat.get(i + 1));
            }
            entries.add(new LogEntry((String) pair.get(0), Long.parseLong(fields.get("n")), fields.get("k"),
                    Collections.unmodifiableMap(fields)));
        }
        return entries;
    }
}
