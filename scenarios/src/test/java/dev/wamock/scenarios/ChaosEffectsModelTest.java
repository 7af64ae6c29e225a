package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.ScenarioRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a decision tells the server and the journal about chaos: the effects that fired, in the words the
 * journal stores, and a journal entry that keeps effects and outcome through JSON.
 */
class ChaosEffectsModelTest {
    private static final RequestFacts ANY = new RequestFacts("106540352242922", "v23.0", List.of("id"), "token");

    private static Decision decide(Step step) {
        return new ScenarioRun(Scenario.of("s", step)).decide(ANY);
    }

    @Test
    void aDecisionListsEveryEffectThatFired() {
        Decision d = decide(Step.fault(Fault.TRUNCATED).withDelay(Delay.fixed(Duration.ofMillis(300)))
                .withSlowBody(new SlowBody(10, Duration.ofSeconds(2))));

        assertThat(d.effects()).map(Effect::toString).containsExactly("delay 300ms", "slow-body 10x over 2s", "fault truncated");
        assertThat(d.effects()).extracting(Effect::kind).containsExactly(Effect.Kind.DELAY, Effect.Kind.SLOW_BODY,
                Effect.Kind.FAULT);
        assertThat(d.delay()).isEqualTo(Duration.ofMillis(300));
        assertThat(d.fault()).isEqualTo(Fault.TRUNCATED);
        assertThat(d.slowBody()).isEqualTo(new SlowBody(10, Duration.ofSeconds(2)));
    }

    @Test
    void aSampledDelayIsRecordedAsTheValueDrawn() {
        Decision d = decide(Step.passThrough().withDelay(Delay.uniform(Duration.ofMillis(50), Duration.ofMillis(200))));

        assertThat(d.effects()).map(Object::toString).singleElement().asString().matches("delay \\d+ms");
        assertThat(d.effects().get(0)).isEqualTo(Effect.delay(d.delay()));
        assertThat(d.delay()).isBetween(Duration.ofMillis(50), Duration.ofMillis(200));
    }

    @Test
    void aStepWithoutEffectsAndNoStepAtAllHaveNoEffects() {
        assertThat(decide(Step.error("server-error")).effects()).map(Object::toString).isEmpty();
        assertThat(Decision.passThrough().effects()).map(Object::toString).isEmpty();
        assertThat(Decision.passThrough().delay()).isZero();
    }

    @Test
    void aStepThatDoesNotFireHasNoEffects() {
        ScenarioRun run = new ScenarioRun(Scenario.of("every-2nd",
                Step.fault(Fault.RESET).trigger(Trigger.everyNth(2))));

        assertThat(run.decide(ANY).effects()).map(Object::toString).isEmpty();
        assertThat(run.decide(ANY).effects()).containsExactly(Effect.fault(Fault.RESET));
    }

    @Test
    void aJournalEntryKeepsEffectsAndOutcomeThroughJson() {
        JournalEntry entry = JournalEntry.builder().seq(7).receivedAt(Instant.parse("2026-11-25T10:00:00Z"))
                .receivedNanos(123_456_789L).method("GET").path("/v23.0/106540352242922")
                .headers(Map.of("Host", "127.0.0.1")).token("…oken").tokenSource(TokenSource.HEADER).version("v23.0")
                .numberId("106540352242922").scenario("chaos").step(0).stepDescription("pass + fault reset")
                .latencyMicros(1_250).outcome(Outcome.RESET)
                .effects(List.of(Effect.delay(Duration.ofMillis(300)), Effect.fault(Fault.RESET))).build();

        String json = Mappers.JSON.writeValueAsString(entry);
        JournalEntry back = Mappers.JSON.readValue(json, JournalEntry.class);

        assertThat(back).isEqualTo(entry);
        assertThat(Mappers.JSON.readTree(json).get("outcome").asString()).isEqualTo("reset");
        assertThat(Mappers.JSON.readTree(json).get("status").asInt()).isZero();
        assertThat(Mappers.JSON.readTree(json).get("effects").get(1).asString()).isEqualTo("fault reset");
        assertThat(Mappers.JSON.readTree(json).get("tokenSource").asString()).isEqualTo("header");
        assertThat(back.failed()).isTrue();
        assertThat(back.describe()).contains("→ reset", "[chaos step 0]", "[delay 300ms, fault reset]");
    }

    @Test
    void aWrongButCompleteAnswerKeepsItsStatusAndCountsAsFailed() {
        JournalEntry textPlain = JournalEntry.builder().seq(1).receivedAt(Instant.EPOCH).method("GET")
                .path("/v23.0/1").version("v23.0").numberId("1").scenario("chaos").step(0)
                .stepDescription("pass + fault text-plain").status(200).latencyMicros(10).outcome(Outcome.TEXT_PLAIN)
                .effects(List.of(Effect.fault(Fault.TEXT_PLAIN))).build();

        assertThat(textPlain.failed()).isTrue();
        assertThat(textPlain.describe()).contains("→ text-plain");
    }
}
