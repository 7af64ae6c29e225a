package dev.wamock.scenarios.engine.state;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scenarios a server knows by name: the built-ins, then the ones it loaded. Immutable. */
public final class ScenarioCatalogue {
    private final Map<String, Scenario> known;

    private ScenarioCatalogue(Map<String, Scenario> known) {
        this.known = Collections.unmodifiableMap(known);
    }

    /**
     * The built-ins and {@code loaded}.
     *
     * @throws IllegalArgumentException when a loaded scenario's name is already taken
     */
    public static ScenarioCatalogue of(List<Scenario> loaded) {
        Map<String, Scenario> known = new LinkedHashMap<>();
        BuiltInScenarios.all().forEach(b -> known.put(b.name(), b.scenario()));
        for (Scenario s : loaded) {
            if (known.containsKey(s.name())) {
                throw new IllegalArgumentException("scenario '" + s.name() + "' is already defined"
                        + (BuiltInScenarios.find(s.name()).isPresent() ? " as a built-in" : "") + "; rename it");
            }
            known.put(s.name(), s);
        }
        return new ScenarioCatalogue(known);
    }

    /** The scenario of this name; an unknown name fails with the closest one and the list. */
    public Scenario resolve(String name) {
        Scenario s = known.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown scenario '" + name + "'"
                    + Suggestions.didYouMean(name, known.keySet()) + "; see GET /__wamock/scenarios for the "
                    + known.size() + " known ones");
        }
        return s;
    }

    /** Built-ins first, then loaded ones, each with its magic number (null for loaded ones). */
    public List<CatalogueEntry> entries() {
        List<CatalogueEntry> all = new ArrayList<>(BuiltInScenarios.all());
        known.values().stream().filter(s -> BuiltInScenarios.find(s.name()).isEmpty())
                .forEach(s -> all.add(new CatalogueEntry(s, null)));
        return all;
    }
}
