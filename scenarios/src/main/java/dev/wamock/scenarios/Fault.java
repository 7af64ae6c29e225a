package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.wamock.scenarios.internal.Suggestions;
import java.util.Arrays;

/**
 * What can go wrong with the connection or the answer itself, whatever the step's answer is.
 * Connection faults: {@link #RESET}, {@link #NO_RESPONSE}, {@link #TRUNCATED}, {@link #STALL}.
 * Wrong but plausible answers: {@link #MALFORMED_JSON}, {@link #HTML_502}, {@link #EMPTY_200},
 * {@link #TEXT_PLAIN}.
 */
public enum Fault {
    /** TCP reset (RST) instead of an answer: the client sees "connection reset". */
    RESET("reset"),
    /** The connection closes with no response at all. */
    NO_RESPONSE("no-response"),
    /** Content-Length promises more than is sent, then the connection closes. */
    TRUNCATED("truncated"),
    /** The request is accepted and never answered, until the client gives up or 30 s pass. */
    STALL("stall"),
    /** A 200 (or the answer's status) whose body is cut JSON with a correct length. */
    MALFORMED_JSON("malformed-json"),
    /** An HTML 502 Bad Gateway page, as a proxy in front of Graph would send. */
    HTML_502("html-502"),
    /** Status 200 with an empty body. */
    EMPTY_200("empty-200"),
    /** The normal answer, labelled {@code text/plain}. */
    TEXT_PLAIN("text-plain");

    private final String wireName;

    Fault(String wireName) {
        this.wireName = wireName;
    }

    /** The name in files, headers and JSON, e.g. {@code no-response}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * The fault with this wire name.
     *
     * @throws IllegalArgumentException for an unknown name, with a "did you mean" and the valid names
     */
    @JsonCreator
    public static Fault fromWireName(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst().orElseThrow(() -> {
            var names = Arrays.stream(values()).map(Fault::wireName).toList();
            return new IllegalArgumentException("unknown fault '" + name + "'" + Suggestions.didYouMean(name, names)
                    + "; valid faults: " + names);
        });
    }
}
