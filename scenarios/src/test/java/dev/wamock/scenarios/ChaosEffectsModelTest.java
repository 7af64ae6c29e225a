package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.internal.Mappers;
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

        assertThat(d.effects()).containsExactly("delay 300ms", "slow-body 10x over 2s", "fault truncated");
        assertThat(d.delay()).isEqualTo(Duration.ofMillis(300));
        assertThat(d.fault()).isEqualTo(Fault.TRUNCATED);
        assertThat(d.slowBody()).isEqualTo(new SlowBody(10, Duration.ofSeconds(2)));
    }

    @Test
    void aSampledDelayIsRecordedAsTheValueDrawn() {
        Decision d = decide(Step.passThrough().withDelay(Delay.uniform(Duration.ofMillis(50), Duration.ofMillis(200))));

        assertThat(d.effects()).singleElement().asString().matches("delay \\d+ms");
        assertThat(d.effects().get(0)).isEqualTo("delay " + d.delay().toMillis() + "ms");
        assertThat(d.delay()).isBetween(Duration.ofMillis(50), Duration.ofMillis(200));
    }

    @Test
    void aStepWithoutEffectsAndNoStepAtAllHaveNoEffects() {
        assertThat(decide(Step.error("server-error")).effects()).isEmpty();
        assertThat(Decision.passThrough().effects()).isEmpty();
        assertThat(Decision.passThrough().delay()).isZero();
    }

    @Test
    void aStepThatDoesNotFireHasNoEffects() {
        ScenarioRun run = new ScenarioRun(Scenario.of("every-2nd",
                Step.fault(Fault.RESET).trigger(Trigger.everyNth(2))));

        assertThat(run.decide(ANY).effects()).isEmpty();
        assertThat(run.decide(ANY).effects()).containsExactly("fault reset");
    }

    @Test
    void aJournalEntryKeepsEffectsAndOutcomeThroughJson() {
        JournalEntry entry = new JournalEntry(7, Instant.parse("2026-11-25T10:00:00Z"), 123_456_789L, "GET",
                "/v23.0/106540352242922", null, Map.of("Host", "127.0.0.1"), "…oken", "header", "v23.0",
                "106540352242922", null, "chaos", 0, "pass + fault reset", 0, null, null, null, 1_250,
                "reset", Map.of(), List.of("delay 300ms", "fault reset"));

        String json = Mappers.JSON.writeValueAsString(entry);
        JournalEntry back = Mappers.JSON.readValue(json, JournalEntry.class);

        assertThat(back).isEqualTo(entry);
        assertThat(Mappers.JSON.readTree(json).get("outcome").asString()).isEqualTo("reset");
        assertThat(Mappers.JSON.readTree(json).get("status").asInt()).isZero();
        assertThat(back.failed()).isTrue();
        assertThat(back.describe()).contains("→ reset", "[chaos step 0]", "[delay 300ms, fault reset]");
    }

    @Test
    void aWrongButCompleteAnswerKeepsItsStatusAndCountsAsFailed() {
        JournalEntry textPlain = new JournalEntry(1, Instant.EPOCH, 0, "GET", "/v23.0/1", null, Map.of(), null, null,
                "v23.0", "1", null, "chaos", 0, "pass + fault text-plain", 200, null, null, null, 10, "text-plain",
                Map.of(), List.of("fault text-plain"));

        assertThat(textPlain.failed()).isTrue();
        assertThat(textPlain.describe()).contains("→ text-plain");
    }
}
