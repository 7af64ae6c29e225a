package dev.wamock.server.internal;

import dev.wamock.scenarios.JournalEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A journal entry as the ring keeps it: its texts in one string, its numbers as primitives. An entry
 * lives for about as long as the ring takes to come round, which under load is one or two young
 * collections; each of them copies every live entry, so a packed entry (4 objects instead of about 30)
 * keeps those pauses short. Texts never hold NUL (Jetty refuses it in headers, paths stay encoded).
 */
final class PackedEntry {
    private static final char END = '\0';
    private static final char NULL = '\1';

    /**
     * Which request of which journal generation this is ({@link JournalRecorder#nextTicket()}); the
     * entry's sequence number is the one it carries.
     */
    final long ticket;
    private final long receivedNanos;
    private final long epochSecond;
    private final int nano;
    private final int status;
    private final int step;
    private final long latencyMicros;
    private final long codes; // code, subcode: Integer.MIN_VALUE for null
    private final byte isTransient;
    private final String text;
    private final List<String> effects;

    private PackedEntry(JournalEntry e, long ticket, String text) {
        this.ticket = ticket;
        this.receivedNanos = e.receivedNanos();
        this.epochSecond = e.receivedAt() == null ? Long.MIN_VALUE : e.receivedAt().getEpochSecond();
        this.nano = e.receivedAt() == null ? 0 : e.receivedAt().getNano();
        this.status = e.status();
        this.step = e.step() == null ? Integer.MIN_VALUE : e.step();
        this.latencyMicros = e.latencyMicros();
        this.codes = ((long) orMin(e.code()) << 32) | (orMin(e.subcode()) & 0xffffffffL);
        this.isTransient = e.isTransient() == null ? -1 : (byte) (e.isTransient() ? 1 : 0);
        this.text = text;
        this.effects = e.effects();
    }

    /** {@code e} packed under the ticket its request took (which carries {@code e.seq()}). */
    static PackedEntry of(JournalEntry e, long ticket) {
        StringBuilder sb = new StringBuilder(512);
        for (String s : new String[] {e.method(), e.path(), e.query(), e.token(), e.tokenSource(), e.version(),
                e.numberId(), e.scenario(), e.stepLabel(), e.outcome()}) {
            put(sb, s);
        }
        put(sb, e.fields() == null ? null : String.valueOf(e.fields().size()));
        if (e.fields() != null) {
            e.fields().forEach(f -> put(sb, f));
        }
        putMap(sb, e.headers());
        putMap(sb, e.responseHeaders());
        return new PackedEntry(e, ticket, sb.toString());
    }

    JournalEntry unpack() {
        Reader r = new Reader(text);
        String method = r.next(), path = r.next(), query = r.next(), token = r.next(), tokenSource = r.next();
        String version = r.next(), numberId = r.next(), scenario = r.next(), stepLabel = r.next(), outcome = r.next();
        String fieldCount = r.next();
        List<String> fields = null;
        if (fieldCount != null) {
            fields = new ArrayList<>();
            for (int i = Integer.parseInt(fieldCount); i > 0; i--) {
                fields.add(r.next());
            }
        }
        Map<String, String> headers = r.map();
        Map<String, String> responseHeaders = r.map();
        int code = (int) (codes >> 32);
        int subcode = (int) codes;
        return new JournalEntry(JournalRecorder.seqOf(ticket), epochSecond == Long.MIN_VALUE ? null : Instant.ofEpochSecond(epochSecond, nano),
                receivedNanos, method, path, query, headers, token, tokenSource, version, numberId, fields, scenario,
                step == Integer.MIN_VALUE ? null : step, stepLabel, status, code == Integer.MIN_VALUE ? null : code,
                subcode == Integer.MIN_VALUE ? null : subcode, isTransient < 0 ? null : isTransient == 1, latencyMicros,
                outcome, responseHeaders, effects);
    }

    private static int orMin(Integer i) {
        return i == null ? Integer.MIN_VALUE : i;
    }

    private static void put(StringBuilder sb, String s) {
        (s == null ? sb.append(NULL) : sb.append(s)).append(END);
    }

    private static void putMap(StringBuilder sb, Map<String, String> map) {
        put(sb, String.valueOf(map.size()));
        map.forEach((k, v) -> {
            put(sb, k);
            put(sb, v);
        });
    }

    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        String next() {
            int end = text.indexOf(END, at);
            String s = text.substring(at, end);
            at = end + 1;
            return s.length() == 1 && s.charAt(0) == NULL ? null : s;
        }

        Map<String, String> map() {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = Integer.parseInt(next()); i > 0; i--) {
                map.put(next(), next());
            }
            return map;
        }
    }
}
