package dev.wamock.junit.internal;

import dev.wamock.junit.WamockScenarioSource;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.scenarios.Scenario;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The arguments of {@link WamockScenarioSource}: the chosen built-ins, as the first parameter wants them. Internal. */
public final class ScenarioArguments implements ArgumentsProvider, AnnotationConsumer<WamockScenarioSource> {
    private WamockScenarioSource source;

    @Override
    public void accept(WamockScenarioSource annotation) {
        this.source = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        Function<CatalogueEntry, Object> as = conversion(parameters);
        return chosen(parameters).stream()
                .map(b -> Arguments.of(Named.of(b.name() + " (" + b.magicNumber() + ")", as.apply(b))));
    }

    /** The built-ins of the names and tags, in catalogue order, each once; the whole catalogue when both are empty. */
    private List<CatalogueEntry> chosen(ParameterDeclarations parameters) {
        if (source.names().length == 0 && source.tags().length == 0) {
            return BuiltInScenarios.all();
        }
        Set<String> names = new LinkedHashSet<>();
        try {
            for (String name : source.names()) {
                names.add(BuiltInScenarios.named(name).name());
            }
            for (String tag : source.tags()) {
                BuiltInScenarios.tagged(tag).forEach(b -> names.add(b.name()));
            }
        } catch (IllegalArgumentException e) {
            throw misuse(parameters, e.getMessage());
        }
        return BuiltInScenarios.all().stream().filter(b -> names.contains(b.name())).toList();
    }

    private Function<CatalogueEntry, Object> conversion(ParameterDeclarations parameters) {
        Class<?> type = parameters.getFirst().map(ParameterDeclaration::getParameterType).orElse(CatalogueEntry.class);
        if (type.isAssignableFrom(CatalogueEntry.class)) {
            return b -> b;
        }
        if (type == Scenario.class) {
            return CatalogueEntry::scenario;
        }
        if (type == String.class) {
            return CatalogueEntry::name;
        }
        throw misuse(parameters, "the first parameter receives the scenario, so it must be a CatalogueEntry,"
                + " a Scenario or a String (its name), but is " + type.getName());
    }

    private ExtensionConfigurationException misuse(ParameterDeclarations parameters, String problem) {
        return new ExtensionConfigurationException("@WamockScenarioSource(tags = " + Arrays.toString(source.tags())
                + ", names = " + Arrays.toString(source.names()) + ") on " + parameters.getSourceElementDescription()
                + ": " + problem);
    }
}
