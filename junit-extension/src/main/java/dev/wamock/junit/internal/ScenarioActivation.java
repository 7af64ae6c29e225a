package dev.wamock.junit.internal;

import dev.wamock.junit.WamockScenario;
import dev.wamock.scenarios.WamockControl;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Activates the nearest {@link WamockScenario}: on the test method, its class, or an enclosing class. */
final class ScenarioActivation {
    private ScenarioActivation() {
    }

    static void apply(ExtensionContext context, WamockControl server) {
        WamockConfig.nearestOnce(context, WamockScenario.class).ifPresent(scenario -> {
            try {
                server.use(scenario.value());
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException("@WamockScenario(\"" + scenario.value() + "\") for test '"
                        + context.getDisplayName() + "' in " + context.getRequiredTestClass().getName() + ": "
                        + e.getMessage(), e);
            }
        });
    }
}
