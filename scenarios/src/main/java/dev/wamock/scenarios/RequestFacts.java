package dev.wamock.scenarios;

import java.util.List;
import java.util.Objects;

/**
 * What a scenario may look at in a request, without any HTTP: the number, the version, the fields
 * named, and the (unredacted, never stored) token that per-token steps count by.
 */
public record RequestFacts(String numberId, String version, List<String> fields, String token) {
    /**
     * Checks that {@code numberId} and {@code version} are given and copies {@code fields} (none when {@code null}).
     */
    public RequestFacts {
        Objects.requireNonNull(numberId, "numberId");
        Objects.requireNonNull(version, "version");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    @Override
    public String toString() {
        return "RequestFacts[number=" + numberId + ", version=" + version + ", fields=" + fields + "]";
    }
}
