package dev.wamock.junit;

import dev.wamock.junit.internal.ScenarioArguments;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A {@code @ParameterizedTest} source over the built-in scenario catalogue: one invocation per built-in
 * chosen by {@link #tags()} and {@link #names()}, in catalogue order, each named after the scenario and
 * its magic number. The first parameter receives it as a {@link dev.wamock.scenarios.CatalogueEntry}
 * (name, magic number, tags, attempts), a {@link dev.wamock.scenarios.Scenario}, or its name as a
 * {@code String}; in a {@link WamockTest} class a {@link WamockHandle} parameter after it gets a fresh
 * server for each invocation.
 *
 * <pre>
 * &#64;ParameterizedTest
 * &#64;WamockScenarioSource(tags = "documented-errors")
 * void mapsEveryDocumentedError(CatalogueEntry scenario, WamockHandle wamock) { … scenario.magicNumber() … }
 * </pre>
 *
 * <p>The tags are those of {@link dev.wamock.scenarios.BuiltInScenarios#tags()}: {@code documented-errors},
 * {@code documented-statuses}, {@code rate-limits}, {@code field-values}, {@code observed}, {@code chaos},
 * {@code connection-faults}, {@code latency}, {@code stories}, {@code recoverable}. An unknown tag or name
 * fails the test with the closest known one. Needs {@code junit-jupiter-params} on the test classpath (it
 * comes with {@code junit-jupiter}).
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ScenarioArguments.class)
public @interface WamockScenarioSource {

    /** The built-ins carrying any of these tags. */
    String[] tags() default {};

    /** These built-ins, by name. With {@link #tags()} too, the union; with neither, the whole catalogue. */
    String[] names() default {};
}
