package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.wamock.scenarios.engine.Durations;
import java.time.Duration;
import java.util.Map;

/** The response body dribbled out in {@code chunks} pieces spread over {@code over}. */
public record SlowBody(int chunks, Duration over) {
    /**
     * Checks the shape.
     *
     * @throws IllegalArgumentException for fewer than 2 chunks or a negative {@code over}
     */
    public SlowBody {
        if (chunks < 2) {
            throw new IllegalArgumentException("a slow body needs at least 2 chunks but had " + chunks);
        }
        if (over.isNegative()) {
            throw new IllegalArgumentException("over must not be negative");
        }
    }

    @JsonCreator
    static SlowBody fromJson(@JsonProperty("chunks") Integer chunks, @JsonProperty("over") String over) {
        if (chunks == null || over == null) {
            throw new IllegalArgumentException("slowBody needs chunks and over, e.g. {chunks: 10, over: 2s}");
        }
        return new SlowBody(chunks, Durations.parse(over));
    }

    @JsonValue
    Map<String, Object> toJson() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("chunks", chunks);
        out.put("over", Durations.format(over));
        return out;
    }
}
