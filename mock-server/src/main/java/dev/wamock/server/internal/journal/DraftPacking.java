package dev.wamock.server.internal.journal;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.server.internal.jetty.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;

/**
 * Packs an answered request's entry straight from its exchange and draft into the ring's form ({@link PackedEntry}),
 * with no {@code JournalEntry} in between: the same texts in the same order as {@link PackedEntry#of} writes them,
 * so the entry read back is the one the request's {@code JournalEntry} would have been.
 */
final class DraftPacking {
    /** Each request thread's array for a response's header fields while they are packed. */
    private static final ThreadLocal<HttpField[]> FIELDS = ThreadLocal.withInitial(() -> new HttpField[16]);

    private DraftPacking() {
    }

    static PackedEntry pack(Exchange ctx, EntryDraft x, Profile profile) {
        long answered = System.nanoTime();
        Decision d = x.decision;
        boolean stepApplied = d != null && d.stepApplied();
        GraphError error = x.error;
        Redaction redaction = Redaction.of(ctx);
        PackedTextWriter w = PackedTextWriter.reused();
        w.text(ctx.method());
        w.text(redaction.text(ctx.path()));
        w.text(redaction.query(ctx.queryString()));
        w.text(x.token);
        w.text(x.version);
        w.text(x.numberId);
        w.text(d == null ? null : d.scenario());
        w.text(stepApplied ? d.step().label() : null);
        w.text(stepApplied ? d.step().describe() : null);
        byte[] sent = sentBody(x);
        if (sent != null && sent.length <= JournalWriter.MAX_BODY_CHARS && ascii(sent) && !redaction.foundIn(sent)) {
            w.ascii(sent); // what the text below would pack, without decoding it first
        } else {
            w.text(redaction.text(sent == null ? null : body(sent)));
        }
        List<String> fields = redaction.fields(x.fields);
        w.number(fields == null ? PackedEntry.NULL : fields.size());
        if (fields != null) {
            fields.forEach(w::text);
        }
        int at = w.beginMap();
        ctx.forEachHeader((name, value) -> w.pair(name, redaction.header(name, value)));
        w.endMap(at);
        responseHeaders(ctx.responseHeaders(), w);
        w.text(x.requestBody == null ? null : redaction.text(bounded(x.requestBody)));
        PackedEntry.Answer answer = new PackedEntry.Answer(status(ctx, x), outcome(x), stepApplied ? d.stepIndex() : null,
                error == null ? null : error.code(), error == null ? null : error.subcode(),
                error == null ? null : error.isTransient(), (answered - x.receivedNanos) / 1_000);
        return new PackedEntry(x.ticket, x.receivedAt, x.receivedNanos, answered, x.clockNanos, answer, x.tokenSource,
                profile, w.bytes(), d == null ? List.of() : List.copyOf(d.effects()), x.failure);
    }

    private static Outcome outcome(EntryDraft x) {
        if (x.failure != null) {
            return Outcome.WAMOCK_ERROR;
        }
        if (x.unanswered) {
            return Outcome.CUT_OFF;
        }
        if (x.hungUp) {
            return Outcome.CLIENT_HUNG_UP;
        }
        return Outcome.of(x.fault);
    }

    /** The status the client got; 0 when a fault sent no response at all. */
    private static int status(Exchange ctx, EntryDraft x) {
        if (x.failure == null && (x.unanswered || x.fault == Fault.RESET || x.fault == Fault.NO_RESPONSE
                || x.fault == Fault.STALL)) {
            return 0;
        }
        return ctx.status();
    }

    /** The body the client got, or null when none was (or a fault sent nothing). */
    private static byte[] sentBody(EntryDraft x) {
        if (x.body == null || x.fault == Fault.RESET || x.fault == Fault.NO_RESPONSE || x.fault == Fault.STALL
                || x.unanswered) {
            return null;
        }
        return x.body;
    }

    /** The body as the journal keeps it: its first {@value JournalWriter#MAX_BODY_CHARS} characters and the rest's count. */
    static String body(byte[] sent) {
        return bounded(new String(sent, StandardCharsets.UTF_8));
    }

    /** A request's body as the journal keeps it: as {@link #body}, its first characters and the rest's count. */
    static String bounded(String text) {
        return text.length() <= JournalWriter.MAX_BODY_CHARS ? text
                : text.substring(0, JournalWriter.MAX_BODY_CHARS) + "…[" + (text.length() - JournalWriter.MAX_BODY_CHARS)
                        + " more characters]";
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The response's headers by name, in the order first set, a name's values joined with ", " (no map built). Read once
     * into an array: the core response's fields are a wrapper whose {@code getField(i)} walks an iterator from the start.
     */
    static void responseHeaders(HttpFields fields, PackedTextWriter w) {
        HttpField[] all = FIELDS.get();
        int size = 0;
        for (HttpField field : fields) {
            if (size == all.length) {
                all = java.util.Arrays.copyOf(all, 2 * size);
                FIELDS.set(all);
            }
            all[size++] = field;
        }
        int at = w.beginMap();
        for (int i = 0; i < size; i++) {
            String name = all[i].getName();
            if (!namedBefore(all, i, name)) {
                String value = all[i].getValue();
                for (int j = i + 1; j < size; j++) {
                    if (name.equals(all[j].getName())) {
                        value = value + ", " + all[j].getValue();
                    }
                }
                w.pair(name, value);
            }
        }
        w.endMap(at);
        java.util.Arrays.fill(all, 0, size, null); // the thread's array keeps no answer's fields alive
    }

    private static boolean namedBefore(HttpField[] fields, int index, String name) {
        for (int i = 0; i < index; i++) {
            if (name.equals(fields[i].getName())) {
                return true;
            }
        }
        return false;
    }
}
