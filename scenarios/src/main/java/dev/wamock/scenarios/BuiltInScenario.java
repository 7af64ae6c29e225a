package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A scenario of the built-in catalogue, with its magic number: a number ID that triggers the scenario
 * for any client in any language, without the admin API.
 */
public record BuiltInScenario(
        @JsonProperty("scenario") Scenario scenario,
        @JsonProperty("magicNumber") String magicNumber) {

    /** The scenario's name, e.g. {@code transient-then-ok}. */
    public String name() {
        return scenario.name();
    }

    /** The scenario's one-line description. */
    public String description() {
        return scenario.description();
    }
}
