package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** How far an active scenario has run: per step, how many requests it answered. */
public record ScenarioProgress(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("steps") List<StepProgress> steps) {

    /** Copies the steps. */
    public ScenarioProgress {
        steps = List.copyOf(steps);
    }

    /** One step: its position, a one-line description, its {@code times} (null = unbounded) and its count. */
    public record StepProgress(
            @JsonProperty("index") int index,
            @JsonProperty("step") String step,
            @JsonProperty("times") Integer times,
            @JsonProperty("answered") long answered) {
    }
}
