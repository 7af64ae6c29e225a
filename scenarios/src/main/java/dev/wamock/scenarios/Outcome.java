package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.wamock.scenarios.internal.Suggestions;
import java.util.Arrays;

/**
 * How an exchange ended, as the journal records it: a whole HTTP answer ({@link #RESPONSE}), one of
 * the scripted {@link Fault}s, or an end no scenario asked for.
 */
public enum Outcome {
    /** An HTTP answer went out whole. */
    RESPONSE("response", true),
    /** Scripted {@link Fault#RESET}: a TCP reset instead of an answer. */
    RESET("reset", false),
    /** Scripted {@link Fault#NO_RESPONSE}: the connection closed with no answer. */
    NO_RESPONSE("no-response", false),
    /** Scripted {@link Fault#TRUNCATED}: the body stopped short of its Content-Length. */
    TRUNCATED("truncated", false),
    /** Scripted {@link Fault#STALL}: no answer until the client gave up. */
    STALL("stall", false),
    /** Scripted {@link Fault#MALFORMED_JSON}: a whole answer whose body is cut JSON. */
    MALFORMED_JSON("malformed-json", true),
    /** Scripted {@link Fault#HTML_502}: a whole HTML 502 page. */
    HTML_502("html-502", true),
    /** Scripted {@link Fault#EMPTY_200}: a whole 200 with an empty body. */
    EMPTY_200("empty-200", true),
    /** Scripted {@link Fault#TEXT_PLAIN}: the normal answer labelled {@code text/plain}. */
    TEXT_PLAIN("text-plain", true),
    /** The client hung up in the middle of a slow body. */
    CLIENT_HUNG_UP("client-hung-up", false),
    /** The server stopped before answering (its drain timed out): nothing was sent. */
    CUT_OFF("cut-off", false),
    /**
     * wamock itself failed while answering (a bug in wamock, never a Graph answer): the entry's
     * {@link JournalEntry#failure()} says what, and the answer carried {@code X-Wamock-Internal-Error}.
     */
    WAMOCK_ERROR("wamock-error", true);

    private final String wireName;
    private final boolean answered;

    Outcome(String wireName, boolean answered) {
        this.wireName = wireName;
        this.answered = answered;
    }

    /** The journal's JSON name, e.g. {@code client-hung-up}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether the client received a whole HTTP answer (its status is then the entry's status). */
    public boolean answered() {
        return answered;
    }

    /** The outcome a scripted fault produces; {@link #RESPONSE} for none. */
    public static Outcome of(Fault fault) {
        return fault == null ? RESPONSE : fromWireName(fault.wireName());
    }

    /** The outcome of a JSON name; an unknown name fails with the valid ones. */
    @JsonCreator
    public static Outcome fromWireName(String name) {
        for (Outcome o : values()) {
            if (o.wireName.equals(name)) {
                return o;
            }
        }
        var names = Arrays.stream(values()).map(Outcome::wireName).toList();
        throw new IllegalArgumentException("unknown outcome '" + name + "'" + Suggestions.didYouMean(name, names)
                + "; valid outcomes: " + names);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
