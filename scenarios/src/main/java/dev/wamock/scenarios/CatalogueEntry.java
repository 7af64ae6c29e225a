package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wamock.scenarios.internal.Attempts;
import java.util.List;

/**
 * One line of the scenario catalogue, as {@link BuiltInScenarios}, {@code GET /__wamock/scenarios} and
 * {@code @WamockScenarioSource} hand it out: a scenario with what the catalogue knows of it. A built-in carries its
 * magic number (a number ID that triggers the scenario for any client in any language, without the admin API) and
 * its tags; a scenario a server loaded from a file or code is listed the same way, without either.
 *
 * @param magicNumber       the number ID that triggers it, or null for a loaded scenario
 * @param tags              the catalogue's groups it belongs to ({@code documented-errors}, {@code chaos}, …;
 *                          see {@link BuiltInScenarios#tags()}), empty for a loaded scenario
 * @param attemptsToSucceed the 1-based number of the first request, from fresh counts, that gets a correct 200
 *                          (a client needs at least that many attempts), or null when none ever does
 */
public record CatalogueEntry(
        @JsonProperty("scenario") Scenario scenario,
        @JsonProperty("magicNumber") String magicNumber,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("attemptsToSucceed") Integer attemptsToSucceed) {

    /** Copies the tags (none when {@code null}). */
    public CatalogueEntry {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** An entry without tags, its attempts read from the steps (null when they depend on the traffic). */
    public CatalogueEntry(Scenario scenario, String magicNumber) {
        this(scenario, magicNumber, List.of(), Attempts.toSucceed(scenario));
    }

    /** The scenario's name, e.g. {@code transient-then-ok}. */
    public String name() {
        return scenario.name();
    }

    /** The scenario's one-line description. */
    public String description() {
        return scenario.description();
    }

    /** Whether it carries this tag. */
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
