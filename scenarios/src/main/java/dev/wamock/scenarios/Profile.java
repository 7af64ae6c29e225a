package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.wamock.scenarios.internal.Suggestions;
import java.util.Arrays;

/**
 * How faithfully to which source the server answers. {@link #DOCUMENTED} (the default) reproduces
 * endpoint.md exactly; {@link #GRAPH_OBSERVED} answers as production Graph has been seen to
 * (real-graph-behaviour.md rows 1–19; docs/fidelity.md lists every difference with its source).
 */
public enum Profile {
    /** Answers exactly as endpoint.md documents; the default. Wire name {@code documented}. */
    DOCUMENTED("documented"),
    /** Answers as production Graph has been seen to (docs/fidelity.md). Wire name {@code graph-observed}. */
    GRAPH_OBSERVED("graph-observed");

    private final String wireName;

    Profile(String wireName) {
        this.wireName = wireName;
    }

    /** The name in files, headers, options and JSON: {@code documented} or {@code graph-observed}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * The profile with this wire name, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException for an unknown name, with a "did you mean" and the valid names
     */
    @JsonCreator
    public static Profile fromWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> {
                    var names = Arrays.stream(values()).map(Profile::wireName).toList();
                    return new IllegalArgumentException("unknown profile '" + name + "'"
                            + Suggestions.didYouMean(name, names) + "; valid profiles: " + names);
                });
    }
}
