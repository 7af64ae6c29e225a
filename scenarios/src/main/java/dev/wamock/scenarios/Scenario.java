package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named, ordered script of {@link Step}s: the same model whether written in Java, in a YAML/JSON
 * file, or sent to the admin API.
 *
 * <p>How it runs: for each request, the first step whose {@code when} matches and whose
 * {@code times} is not used up answers it (and uses one of its {@code times}). When no step can
 * answer, the request passes through to the data-driven behaviour; with {@code cycle: true} the
 * counts start again instead. So {@code fail 2 times with 500, then succeed} is
 * {@code Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough())}.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Scenario(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("cycle") boolean cycle,
        @JsonProperty("steps") List<Step> steps) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    /**
     * Checks the name and the steps and copies the steps.
     *
     * @throws IllegalArgumentException for a name that is not 1-80 letters, digits, '.', '_' or '-' starting with a
     *         letter or digit, for no steps or an empty one, or for a cycling scenario with a step without
     *         {@code times}
     */
    public Scenario {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a scenario name must be 1-80 letters, digits, '.', '_' or '-' "
                    + "starting with a letter or digit, but was '" + name + "'");
        }
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("scenario '" + name + "' needs at least one step");
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) == null) {
                throw new IllegalArgumentException("steps[" + i + "] is empty; a step needs one of 'error', 'state',"
                        + " 'rateLimit' or 'pass: true', or effects");
            }
        }
        steps = List.copyOf(steps);
        description = description == null ? "" : description;
        if (cycle && steps.stream().anyMatch(s -> s.times() == null)) {
            throw new IllegalArgumentException("scenario '" + name + "' cycles, so every step needs 'times'");
        }
    }

    @JsonCreator
    static Scenario fromJson(@JsonProperty("name") String name, @JsonProperty("description") String description,
                             @JsonProperty("cycle") Boolean cycle,
                             @com.fasterxml.jackson.annotation.JsonSetter(contentNulls = com.fasterxml.jackson.annotation.Nulls.FAIL)
                             @JsonProperty("steps") List<Step> steps) {
        return new Scenario(name, description, Boolean.TRUE.equals(cycle), steps);
    }

    /** A scenario of these steps, in order. */
    public static Scenario of(String name, Step... steps) {
        return new Scenario(name, "", false, Arrays.asList(steps));
    }

    /** A builder: {@code Scenario.named("x").describedAs("…").then(step)….build()}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** A copy with another description. */
    public Scenario describedAs(String newDescription) {
        return new Scenario(name, newDescription, cycle, steps);
    }

    /** The same steps, repeated once all are used up. */
    public Scenario cycling() {
        return new Scenario(name, description, true, steps);
    }

    /** Builds a {@link Scenario} step by step. */
    public static final class Builder {
        private final String name;
        private final List<Step> steps = new ArrayList<>();
        private String description = "";
        private boolean cycle;

        private Builder(String name) {
            this.name = name;
        }

        /** Sets the one-line description. */
        public Builder describedAs(String text) {
            this.description = text;
            return this;
        }

        /** Adds the next step. */
        public Builder then(Step step) {
            steps.add(step);
            return this;
        }

        /** Repeats the steps once all are used up. */
        public Builder cycling() {
            this.cycle = true;
            return this;
        }

        /**
         * The scenario with the steps added so far.
         *
         * @throws IllegalArgumentException as the canonical constructor of {@link Scenario} does
         */
        public Scenario build() {
            return new Scenario(name, description, cycle, steps);
        }
    }
}
