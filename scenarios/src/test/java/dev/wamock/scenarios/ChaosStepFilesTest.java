package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wamock.scenarios.engine.Mappers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Chaos steps in files: every YAML key reads as the Java DSL builds it, a scenario written as JSON or
 * YAML reads back equal, and mistakes name the rule and a fix.
 */
class ChaosStepFilesTest {

    /** A scenario of every trigger and effect, built with the Java DSL. */
    static final Scenario EVERYTHING = Scenario.named("everything")
            .describedAs("every trigger and every effect")
            .then(Step.error("server-error").trigger(Trigger.everyNth(3)).label("every third"))
            .then(Step.fault(Fault.RESET).trigger(Trigger.probability(0.1, 42)))
            .then(Step.error("server-error").trigger(Trigger.window(Duration.ofSeconds(10), Duration.ofSeconds(40))))
            .then(Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(100))).times(2))
            .then(Step.passThrough().withDelay(Delay.uniform(Duration.ofMillis(50), Duration.ofMillis(200))).times(1))
            .then(Step.passThrough().withDelay(Delay.logNormal(Duration.ofMillis(80), 0.6, Duration.ofSeconds(2)))
                    .times(1))
            .then(Step.passThrough().withSlowBody(new SlowBody(10, Duration.ofSeconds(2))).times(1))
            .then(Step.error("rate-limited").withFault(Fault.TEXT_PLAIN).scope(Scope.TOKEN).times(1))
            .then(Step.fault(Fault.STALL).times(1))
            .then(Step.rateLimit(Answer.RateLimit.calls(100).per(Duration.ofHours(1)).businessCalls(50)
                    .retryAfter(true)))
            .build();

    private static Step onlyStep(String yamlStep) {
        String file = "name: one\nsteps:\n  - " + yamlStep.strip().replace("\n", "\n    ") + "\n";
        List<Scenario> scenarios = ScenarioFiles.parse("one.yaml", file);
        assertThat(scenarios).hasSize(1);
        assertThat(scenarios.get(0).steps()).hasSize(1);
        return scenarios.get(0).steps().get(0);
    }

    private static InvalidFileException invalid(String yamlStep) {
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> onlyStep(yamlStep));
        assertThat(e).as("step %s should be refused", yamlStep).isNotNull();
        return e;
    }

    @Test
    void triggerKeysReadAsTheJavaDsl() {
        assertThat(onlyStep("error: server-error\ntrigger: {every: 3}"))
                .isEqualTo(Step.error("server-error").trigger(Trigger.everyNth(3)));
        assertThat(onlyStep("error: server-error\ntrigger: {probability: 0.1, seed: 42}"))
                .isEqualTo(Step.error("server-error").trigger(Trigger.probability(0.1, 42)));
        assertThat(onlyStep("error: server-error\ntrigger: {from: 10s, until: 40s}"))
                .isEqualTo(Step.error("server-error")
                        .trigger(Trigger.window(Duration.ofSeconds(10), Duration.ofSeconds(40))));
    }

    @Test
    void delayKeysReadAsTheJavaDsl() {
        assertThat(onlyStep("delay: {fixed: 100ms}").delay()).isEqualTo(Delay.fixed(Duration.ofMillis(100)));
        assertThat(onlyStep("delay: {uniform: [50ms, 200ms]}").delay())
                .isEqualTo(Delay.uniform(Duration.ofMillis(50), Duration.ofMillis(200)));
        assertThat(onlyStep("delay: {lognormal: {median: 80ms, sigma: 0.6, cap: 2s}}").delay())
                .isEqualTo(Delay.logNormal(Duration.ofMillis(80), 0.6, Duration.ofSeconds(2)));
        assertThat(onlyStep("delay: {lognormal: {median: 80ms, sigma: 1, cap: 2s}}").delay().sigma())
                .as("a whole-number sigma").isEqualTo(1.0);
    }

    @Test
    void slowBodyAndRateLimitKeysReadAsTheJavaDsl() {
        assertThat(onlyStep("slowBody: {chunks: 10, over: 2s}"))
                .isEqualTo(Step.passThrough().withSlowBody(new SlowBody(10, Duration.ofSeconds(2))));
        assertThat(onlyStep("rateLimit: {app: 100, business: 50, window: 1h, retryAfter: true}"))
                .isEqualTo(Step.rateLimit(Answer.RateLimit.calls(100).per(Duration.ofHours(1)).businessCalls(50)
                        .retryAfter(true)));
        assertThat(onlyStep("rateLimit: {app: 100, window: 1h}"))
                .isEqualTo(Step.rateLimit(Answer.RateLimit.calls(100).per(Duration.ofHours(1))));
    }

    @ParameterizedTest(name = "fault: {0}")
    @EnumSource(Fault.class)
    void everyFaultIsWrittenByItsWireName(Fault fault) {
        assertThat(onlyStep("fault: " + fault.wireName())).isEqualTo(Step.fault(fault));
        assertThat(Fault.fromWireName(fault.wireName())).isSameAs(fault);
    }

    @Test
    void theWireNamesAreTheDocumentedOnes() {
        assertThat(List.of(Fault.values())).extracting(Fault::wireName).containsExactly("reset", "no-response",
                "truncated", "stall", "malformed-json", "html-502", "empty-200", "text-plain");
    }

    @Test
    void aStepWithOnlyEffectsPassesThroughWithThem() {
        Step step = onlyStep("delay: {fixed: 100ms}\nfault: truncated");

        assertThat(step.answer()).isInstanceOf(Answer.Pass.class);
        assertThat(step.delay()).isEqualTo(Delay.fixed(Duration.ofMillis(100)));
        assertThat(step.fault()).isEqualTo(Fault.TRUNCATED);
    }

    @Test
    void anAnswerAndEffectsCombine() {
        Step step = onlyStep("error: server-error\ndelay: {fixed: 250ms}\nfault: text-plain\ntimes: 2\nscope: token");

        assertThat(step).isEqualTo(Step.error("server-error").withDelay(Delay.fixed(Duration.ofMillis(250)))
                .withFault(Fault.TEXT_PLAIN).times(2).scope(Scope.TOKEN));
    }

    @Test
    void aScenarioOfEveryTriggerAndEffectReadsBackFromJson() {
        String json = Mappers.JSON.writeValueAsString(EVERYTHING);

        List<Scenario> back = ScenarioFiles.parse("everything.json", json);

        assertThat(back).containsExactly(EVERYTHING);
    }

    @Test
    void aScenarioOfEveryTriggerAndEffectReadsBackFromYaml() {
        String yaml = Mappers.strictYaml().writeValueAsString(EVERYTHING);

        List<Scenario> back = ScenarioFiles.parse("everything.yaml", yaml);

        assertThat(back).as("read back from%n%s", yaml).containsExactly(EVERYTHING);
    }

    @Test
    void chaosStepsAreWrittenWithTheDocumentedKeys() {
        String json = Mappers.JSON.writeValueAsString(Scenario.of("keys",
                Step.fault(Fault.RESET).withDelay(Delay.uniform(Duration.ofMillis(50), Duration.ofMillis(200)))
                        .trigger(Trigger.probability(0.1, 42)),
                Step.rateLimit(Answer.RateLimit.calls(100).per(Duration.ofHours(1)).retryAfter(true)),
                Step.passThrough().withSlowBody(new SlowBody(4, Duration.ofMillis(1500)))));

        assertThat(Mappers.JSON.readTree(json)).isEqualTo(Mappers.JSON.readTree("{\"name\":\"keys\",\"steps\":["
                + "{\"trigger\":{\"probability\":0.1,\"seed\":42},\"delay\":{\"uniform\":[\"50ms\",\"200ms\"]},"
                + "\"fault\":\"reset\"},"
                + "{\"rateLimit\":{\"app\":100,\"window\":\"1h\",\"retryAfter\":true}},"
                + "{\"slowBody\":{\"chunks\":4,\"over\":\"1500ms\"}}]}"));
    }

    @Test
    void theProgressReportDescribesTriggersAndEffects() {
        Step step = Step.fault(Fault.RESET).withDelay(Delay.fixed(Duration.ofMillis(100)))
                .withSlowBody(new SlowBody(4, Duration.ofSeconds(1))).trigger(Trigger.everyNth(3)).times(5);

        assertThat(step.describe()).startsWith("pass").contains("delay", "100ms", "slow body", "fault reset",
                "every", "×5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            fault: rest                                       | unknown fault 'rest'; did you mean 'reset'?
            fault: html502                                    | did you mean 'html-502'?
            delay: {fixed: 100}                               | '100' is not a duration
            delay: {fixed: 100ms, uniform: [1ms, 2ms]}        | exactly one of fixed, uniform or lognormal
            delay: {uniform: [50ms]}                          | uniform needs [min, max]
            delay: {uniform: [200ms, 50ms]}                   | 0 <= min <= max
            delay: {lognormal: {median: 80ms, cap: 2s}}       | lognormal needs median, sigma and cap
            slowBody: {chunks: 1, over: 2s}                   | at least 2 chunks
            slowBody: {chunks: 10}                            | slowBody needs chunks and over
            trigger: {every: 0}\\npass: true                  | every must be at least 1
            trigger: {probability: 2, seed: 1}\\npass: true   | probability must be between 0 and 1
            trigger: {from: 40s, until: 10s}\\npass: true     | must be later than from
            rateLimit: {app: 100}                             | rateLimit needs app (calls) and window
            rateLimit: {app: 100, window: 0s}                 | positive window
            rateLimit: {app: 10, window: 1h}\\nerror: server-error | a step needs one of
            trigger: {every: 3}                               | a step needs one of
            """)
    void aMistakeNamesTheRuleAndTheFix(String step, String problem) {
        InvalidFileException e = invalid(step.replace("\\n", "\n"));

        assertThat(e.getMessage()).startsWith("one.yaml:").contains(problem);
    }

    @Test
    void aMisspelledChaosKeySuggestsTheRightOne() {
        InvalidFileException e = invalid("error: server-error\nfualt: reset");

        assertThat(e.getMessage()).contains("unknown field 'fualt'", "did you mean 'fault'?")
                .contains("delay", "slowBody", "trigger", "rateLimit");
    }

    @Test
    void aStepWhoseOnlyKeyIsMisspelledSuggestsTheRightOne() {
        InvalidFileException e = invalid("fualt: reset");

        assertThat(e.getMessage()).contains("unknown field 'fualt'", "did you mean 'fault'?");
    }

    @Test
    void aChaosStepForOneNumberReadsBackFromJson() {
        Scenario scenario = Scenario.of("one-number", Step.fault(Fault.STALL).forNumber("113269274970227"));

        List<Scenario> back = ScenarioFiles.parse("one-number.json", Mappers.JSON.writeValueAsString(scenario));

        assertThat(back).containsExactly(scenario);
    }
}
