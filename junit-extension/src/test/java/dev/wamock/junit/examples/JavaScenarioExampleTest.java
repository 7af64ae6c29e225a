package dev.wamock.junit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockTest;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import org.junit.jupiter.api.Test;

@WamockTest
class JavaScenarioExampleTest {

    @Test
    void aScenarioWrittenInJava(WamockHandle wamock) {
        Scenario flaky = Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough());
        wamock.use(flaky);

        assertThat(wamock.progress().name()).isEqualTo("flaky");
        assertThat(wamock.progress().steps()).hasSize(2);
    }
}
