package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.Effect;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.scenarios.WamockFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A journal entry as the ring keeps it: its texts in one string, its numbers as primitives. An entry
 * lives for about as long as the ring takes to come round, which under load is one or two young
 * collections; each of them copies every live entry, so a packed entry (4 objects instead of about 30)
 * keeps those pauses short. Each text is stored behind its length (two chars), never behind a marker,
 * so any character a client can send, NUL included, comes back unchanged.
 */
final class PackedEntry {
    private static final int NULL = -1;
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final TokenSource[] SOURCES = TokenSource.values();
    private static final Profile[] PROFILES = Profile.values();

    /** Which request of which journal generation this is ({@link JournalRecorder#nextTicket()}): it carries the seq. */
    final long ticket;
    private final long receivedNanos;
    private final long answeredNanos;
    private final long clockNanos;
    private final long epochSecond;
    private final int nano;
    private final int status;
    private final int step;
    private final long latencyMicros;
    private final long codes; // code, subcode: Integer.MIN_VALUE for null
    private final byte isTransient;
    private final byte outcome;
    private final byte tokenSource;
    private final byte profile;
    private final String text;
    private final List<Effect> effects;
    private final WamockFailure failure;

    private PackedEntry(JournalEntry e, long ticket, String text) {
        this.ticket = ticket;
        this.receivedNanos = e.receivedNanos();
        this.answeredNanos = e.answeredNanos();
        this.clockNanos = e.clockNanos();
        this.epochSecond = e.receivedAt() == null ? Long.MIN_VALUE : e.receivedAt().getEpochSecond();
        this.nano = e.receivedAt() == null ? 0 : e.receivedAt().getNano();
        this.status = e.status();
        this.step = e.step() == null ? Integer.MIN_VALUE : e.step();
        this.latencyMicros = e.latencyMicros();
        this.codes = ((long) orMin(e.code()) << 32) | (orMin(e.subcode()) & 0xffffffffL);
        this.isTransient = e.isTransient() == null ? -1 : (byte) (e.isTransient() ? 1 : 0);
        this.outcome = (byte) e.outcome().ordinal();
        this.tokenSource = e.tokenSource() == null ? -1 : (byte) e.tokenSource().ordinal();
        this.profile = e.profile() == null ? -1 : (byte) e.profile().ordinal();
        this.text = text;
        this.effects = e.effects();
        this.failure = e.failure();
    }

    /** {@code e} packed under the ticket its request took (which carries {@code e.seq()}). */
    static PackedEntry of(JournalEntry e, long ticket) {
        StringBuilder sb = new StringBuilder(1024);
        for (String s : new String[] {e.method(), e.path(), e.query(), e.token(), e.version(), e.numberId(),
                e.scenario(), e.stepLabel(), e.stepDescription(), e.responseBody()}) {
            put(sb, s);
        }
        putLength(sb, e.fields() == null ? NULL : e.fields().size());
        if (e.fields() != null) {
            e.fields().forEach(f -> put(sb, f));
        }
        putMap(sb, e.headers());
        putMap(sb, e.responseHeaders());
        return new PackedEntry(e, ticket, sb.toString());
    }

    JournalEntry unpack() {
        Reader r = new Reader(text);
        var b = JournalEntry.builder().method(r.next()).path(r.next()).query(r.next()).token(r.next())
                .version(r.next()).numberId(r.next()).scenario(r.next()).stepLabel(r.next())
                .stepDescription(r.next()).responseBody(r.next());
        int fieldCount = r.length();
        if (fieldCount != NULL) {
            List<String> fields = new ArrayList<>(fieldCount);
            for (int i = 0; i < fieldCount; i++) {
                fields.add(r.next());
            }
            b.fields(fields);
        }
        int code = (int) (codes >> 32);
        int subcode = (int) codes;
        return b.headers(r.map()).responseHeaders(r.map()).seq(JournalRecorder.seq(ticket))
                .receivedAt(epochSecond == Long.MIN_VALUE ? null : Instant.ofEpochSecond(epochSecond, nano))
                .receivedNanos(receivedNanos).answeredNanos(answeredNanos).clockNanos(clockNanos)
                .tokenSource(tokenSource < 0 ? null : SOURCES[tokenSource]).profile(profile < 0 ? null : PROFILES[profile])
                .step(step == Integer.MIN_VALUE ? null : step).status(status)
                .code(code == Integer.MIN_VALUE ? null : code).subcode(subcode == Integer.MIN_VALUE ? null : subcode)
                .isTransient(isTransient < 0 ? null : isTransient == 1).latencyMicros(latencyMicros)
                .outcome(OUTCOMES[outcome]).effects(effects).failure(failure).build();
    }

    private static int orMin(Integer i) {
        return i == null ? Integer.MIN_VALUE : i;
    }

    private static void putLength(StringBuilder sb, int length) {
        sb.append((char) (length >>> 16)).append((char) length);
    }

    private static void put(StringBuilder sb, String s) {
        putLength(sb, s == null ? NULL : s.length());
        if (s != null) {
            sb.append(s);
        }
    }

    private static void putMap(StringBuilder sb, Map<String, String> map) {
        putLength(sb, map.size());
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

        int length() {
            int length = (text.charAt(at) << 16) | text.charAt(at + 1);
            at += 2;
            return length;
        }

        String next() {
            int length = length();
            if (length == NULL) {
                return null;
            }
            String s = text.substring(at, at + length);
            at += length;
            return s;
        }

        Map<String, String> map() {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = length(); i > 0; i--) {
                map.put(next(), next());
            }
            return map;
        }
    }
}
