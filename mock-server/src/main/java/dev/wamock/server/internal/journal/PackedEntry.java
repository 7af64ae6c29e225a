package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.Effect;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.scenarios.WamockFailure;
import java.time.Instant;
import java.util.List;

/**
 * A journal entry as the ring keeps it: its texts in one byte array ({@link PackedTexts}), its numbers as primitives.
 * An entry lives for about as long as the ring takes to come round, which under load is one or two young
 * collections; each of them copies every live entry, so a packed entry (4 objects instead of about 30, a few hundred
 * bytes) keeps those pauses short. Each text is stored behind its length, never behind a marker, so any character a
 * client can send, NUL included, comes back unchanged.
 */
final class PackedEntry {
    static final int NULL = -1;
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
    private final byte[] texts;
    private final List<Effect> effects;
    private final WamockFailure failure;

    /** The numbers of an entry; {@code answer} holds its status, step, code, subcode and latency. */
    PackedEntry(long ticket, Instant receivedAt, long receivedNanos, long answeredNanos, long clockNanos, Answer answer,
            TokenSource tokenSource, Profile profile, byte[] texts, List<Effect> effects, WamockFailure failure) {
        this.ticket = ticket;
        this.receivedNanos = receivedNanos;
        this.answeredNanos = answeredNanos;
        this.clockNanos = clockNanos;
        this.epochSecond = receivedAt == null ? Long.MIN_VALUE : receivedAt.getEpochSecond();
        this.nano = receivedAt == null ? 0 : receivedAt.getNano();
        this.status = answer.status();
        this.step = orMin(answer.step());
        this.latencyMicros = answer.latencyMicros();
        this.codes = ((long) orMin(answer.code()) << 32) | (orMin(answer.subcode()) & 0xffffffffL);
        this.isTransient = answer.isTransient() == null ? -1 : (byte) (answer.isTransient() ? 1 : 0);
        this.outcome = (byte) answer.outcome().ordinal();
        this.tokenSource = tokenSource == null ? -1 : (byte) tokenSource.ordinal();
        this.profile = profile == null ? -1 : (byte) profile.ordinal();
        this.texts = texts;
        this.effects = effects;
        this.failure = failure;
    }

    /** What an entry says of the answer: its status and outcome, the scenario step applied, the Graph error's code. */
    record Answer(int status, Outcome outcome, Integer step, Integer code, Integer subcode, Boolean isTransient,
            long latencyMicros) {
    }

    /** {@code e} packed under the ticket its request took (which carries {@code e.seq()}). */
    static PackedEntry of(JournalEntry e, long ticket) {
        PackedTextWriter w = PackedTextWriter.reused();
        for (String s : new String[] {e.method(), e.path(), e.query(), e.token(), e.version(), e.numberId(),
                e.scenario(), e.stepLabel(), e.stepDescription(), e.responseBody()}) {
            w.text(s);
        }
        w.number(e.fields() == null ? NULL : e.fields().size());
        if (e.fields() != null) {
            e.fields().forEach(w::text);
        }
        w.map(e.headers());
        w.map(e.responseHeaders());
        w.text(e.requestBody());
        return new PackedEntry(ticket, e.receivedAt(), e.receivedNanos(), e.answeredNanos(), e.clockNanos(),
                new Answer(e.status(), e.outcome(), e.step(), e.code(), e.subcode(), e.isTransient(), e.latencyMicros()),
                e.tokenSource(), e.profile(), w.bytes(), e.effects(), e.failure());
    }

    JournalEntry unpack() {
        return unpack(JournalRecorder.seq(ticket));
    }

    /** The entry, numbered {@code seq} (a store other than the ring numbers its entries itself). */
    JournalEntry unpack(long seq) {
        PackedTexts.Reader r = new PackedTexts.Reader(texts);
        var b = JournalEntry.builder().method(r.text()).path(r.text()).query(r.text()).token(r.text())
                .version(r.text()).numberId(r.text()).scenario(r.text()).stepLabel(r.text())
                .stepDescription(r.text()).responseBody(r.text());
        int fieldCount = r.number();
        if (fieldCount != NULL) {
            b.fields(r.texts(fieldCount));
        }
        int code = (int) (codes >> 32);
        int subcode = (int) codes;
        return b.headers(r.map()).responseHeaders(r.map()).requestBody(r.text()).seq(seq)
                .receivedAt(epochSecond == Long.MIN_VALUE ? null : Instant.ofEpochSecond(epochSecond, nano))
                .receivedNanos(receivedNanos).answeredNanos(answeredNanos).clockNanos(clockNanos)
                .tokenSource(tokenSource < 0 ? null : SOURCES[tokenSource]).profile(profile < 0 ? null : PROFILES[profile])
                .step(step == Integer.MIN_VALUE ? null : step).status(status)
                .code(code == Integer.MIN_VALUE ? null : code).subcode(subcode == Integer.MIN_VALUE ? null : subcode)
                .isTransient(isTransient < 0 ? null : isTransient == 1).latencyMicros(latencyMicros)
                .outcome(OUTCOMES[outcome]).effects(effects).failure(failure).build();
    }

    /** How many bytes the entry's texts take. */
    int textBytes() {
        return texts.length;
    }

    private static int orMin(Integer i) {
        return i == null ? Integer.MIN_VALUE : i;
    }
}
