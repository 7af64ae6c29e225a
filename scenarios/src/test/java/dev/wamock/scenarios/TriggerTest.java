package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.wamock.scenarios.engine.MockClock;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.ScenarioRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Triggers decide <em>when</em> a step fires: every N-th matching request, with a seeded probability, or
 * inside a window on the scenario's clock. A step that does not fire leaves the request to the next step
 * and keeps its {@code times}. Tested on {@link ScenarioRun}, without HTTP, so 10 000 requests take
 * milliseconds.
 */
class TriggerTest {
    private static final RequestFacts ANY = request("106540352242922", "token-a");

    private static RequestFacts request(String number, String token) {
        return new RequestFacts(number, "v23.0", List.of("id"), token);
    }

    /** 'E' when the step answered with an error, '.' when the request passed. */
    private static String outcomes(ScenarioRun run, int requests) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < requests; i++) {
            sb.append(run.decide(ANY).answer() instanceof Answer.Error ? 'E' : '.');
        }
        return sb.toString();
    }

    @Test
    void everyThirdRequestFailsExactlyOver30Requests() {
        ScenarioRun run = new ScenarioRun(Scenario.of("every-3rd",
                Step.error("server-error").trigger(Trigger.everyNth(3))));

        String outcomes = outcomes(run, 30);

        assertThat(outcomes).isEqualTo("..E".repeat(10));
        assertThat(run.progress().steps().get(0).answered()).isEqualTo(10);
    }

    @Test
    void aStepThatDoesNotFireLeavesTheRequestToTheNextStep() {
        ScenarioRun run = new ScenarioRun(Scenario.of("every-2nd-else-yellow",
                Step.error("server-error").trigger(Trigger.everyNth(2)),
                Step.state(AccountField.QUALITY_RATING, QualityRating.YELLOW)));

        List<Integer> steps = IntStream.range(0, 6).mapToObj(i -> run.decide(ANY).stepIndex()).toList();

        assertThat(steps).containsExactly(1, 0, 1, 0, 1, 0);
    }

    @Test
    void aStepThatDoesNotFireKeepsItsTimes() {
        ScenarioRun run = new ScenarioRun(Scenario.of("two-of-every-3rd",
                Step.error("server-error").trigger(Trigger.everyNth(3)).times(2)));

        assertThat(outcomes(run, 12)).isEqualTo("..E..E......");
    }

    @Test
    void theSameSeedGivesTheSameOutcomesAndAnotherSeedOtherOutcomes() {
        Scenario seed42 = Scenario.of("p", Step.error("server-error").trigger(Trigger.probability(0.3, 42)));
        Scenario seed7 = Scenario.of("p", Step.error("server-error").trigger(Trigger.probability(0.3, 7)));

        String first = outcomes(new ScenarioRun(seed42), 200);
        String again = outcomes(new ScenarioRun(seed42), 200);
        String other = outcomes(new ScenarioRun(seed7), 200);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @ParameterizedTest(name = "p = {0}")
    @ValueSource(doubles = {0.01, 0.1, 0.25, 0.5, 0.9})
    void over10000RequestsTheObservedRateIsWithin2PointsOfP(double p) {
        ScenarioRun run = new ScenarioRun(Scenario.of("p", Step.error("server-error").trigger(Trigger.probability(p, 20260425L))));

        long errors = outcomes(run, 10_000).chars().filter(c -> c == 'E').count();

        assertThat(errors / 10_000.0).as("observed rate for p = %s", p).isCloseTo(p, within(0.02));
    }

    @Test
    void probabilityZeroNeverFiresAndOneAlwaysFires() {
        assertThat(outcomes(new ScenarioRun(Scenario.of("never",
                Step.error("server-error").trigger(Trigger.probability(0, 1)))), 1000)).doesNotContain("E");
        assertThat(outcomes(new ScenarioRun(Scenario.of("always",
                Step.error("server-error").trigger(Trigger.probability(1, 1)))), 1000)).doesNotContain(".");
    }

    @Test
    void aWindowFiresFromFromUntilUntilOnAManualClock() {
        MockClock clock = new MockClock().manual();
        ScenarioRun run = new ScenarioRun(Scenario.of("outage",
                Step.error("server-error").trigger(Trigger.window(Duration.ofSeconds(10), Duration.ofSeconds(40)))), clock);
        List<String> seen = new ArrayList<>();

        seen.add("0s " + outcomes(run, 1));
        clock.advance(Duration.ofMillis(9_999));
        seen.add("9.999s " + outcomes(run, 1));
        clock.advance(Duration.ofMillis(1));
        seen.add("10s " + outcomes(run, 1));
        clock.advance(Duration.ofSeconds(29));
        seen.add("39s " + outcomes(run, 1));
        clock.advance(Duration.ofSeconds(1));
        seen.add("40s " + outcomes(run, 1));
        clock.advance(Duration.ofHours(1));
        seen.add("1h40s " + outcomes(run, 1));

        assertThat(seen).containsExactly("0s .", "9.999s .", "10s E", "39s E", "40s .", "1h40s .");
    }

    @Test
    void aWindowCountsFromTheScenariosActivationNotFromTheClocksStart() {
        MockClock clock = new MockClock().manual().advance(Duration.ofMinutes(5));
        ScenarioRun run = new ScenarioRun(Scenario.of("outage",
                Step.error("server-error").trigger(Trigger.window(Duration.ofSeconds(10), Duration.ofSeconds(40)))), clock);

        String before = outcomes(run, 1);
        clock.advance(Duration.ofSeconds(10));

        assertThat(before + outcomes(run, 1)).isEqualTo(".E");
    }

    @Test
    void aWindowWithOnlyFromIsAnOutageThatNeverEnds() {
        MockClock clock = new MockClock().manual();
        ScenarioRun run = new ScenarioRun(Scenario.of("down-for-good", Step.error("server-error")
                .trigger(new Trigger(null, null, null, Duration.ofSeconds(30), null))), clock);

        String before = outcomes(run, 1);
        clock.advance(Duration.ofSeconds(30));
        String at = outcomes(run, 1);
        clock.advance(Duration.ofDays(1));

        assertThat(before + at + outcomes(run, 1)).isEqualTo(".EE");
    }

    @Test
    void allPartsOfATriggerMustHoldEveryNthInsideAWindow() {
        MockClock clock = new MockClock().manual();
        ScenarioRun run = new ScenarioRun(Scenario.of("every-2nd-after-10s", Step.error("server-error")
                .trigger(new Trigger(2, null, null, Duration.ofSeconds(10), null))), clock);

        String before = outcomes(run, 4);
        clock.advance(Duration.ofSeconds(10));

        assertThat(before + "|" + outcomes(run, 4)).isEqualTo("....|.E.E");
    }

    @Test
    void withTokenScopeEachTokenHasItsOwnCountForTheTrigger() {
        ScenarioRun run = new ScenarioRun(Scenario.of("every-2nd-per-client",
                Step.error("server-error").trigger(Trigger.everyNth(2)).scope(Scope.TOKEN)));
        RequestFacts a = request("106540352242922", "token-a");
        RequestFacts b = request("106540352242922", "token-b");

        List<Boolean> failed = new ArrayList<>();
        for (RequestFacts r : List.of(a, b, a, b, a, b, a, b)) {
            failed.add(run.decide(r).stepApplied());
        }

        assertThat(failed).containsExactly(false, false, true, true, false, false, true, true);
    }

    @Test
    void withGlobalScopeAllClientsShareTheCount() {
        ScenarioRun run = new ScenarioRun(Scenario.of("every-2nd",
                Step.error("server-error").trigger(Trigger.everyNth(2))));
        RequestFacts a = request("106540352242922", "token-a");
        RequestFacts b = request("106540352242922", "token-b");

        List<Boolean> failed = new ArrayList<>();
        for (RequestFacts r : List.of(a, b, a, b)) {
            failed.add(run.decide(r).stepApplied());
        }

        assertThat(failed).containsExactly(false, true, false, true);
    }

    @Test
    void aPerNumberQuotaFailsEachNumbersFirstNRequests() {
        ScenarioRun run = new ScenarioRun(Scenario.of("two-per-number",
                Step.error("server-error").times(2).scope(Scope.NUMBER)));
        RequestFacts one = request("106540352242922", "token-a");
        RequestFacts two = request("113269274970227", "token-a");

        List<Boolean> failed = new ArrayList<>();
        for (RequestFacts r : List.of(one, one, two, one, two, two)) {
            failed.add(run.decide(r).stepApplied());
        }

        assertThat(failed).containsExactly(true, true, true, false, true, false);
    }

    @Test
    void theSameSeedDrawsTheSameDelays() {
        Scenario jittery = Scenario.of("jitter", Step.passThrough()
                .withDelay(Delay.uniform(Duration.ofMillis(10), Duration.ofMillis(500)))
                .trigger(Trigger.probability(1, 99)));

        List<Duration> first = delays(new ScenarioRun(jittery), 50);
        List<Duration> again = delays(new ScenarioRun(jittery), 50);

        assertThat(again).isEqualTo(first);
        assertThat(first).doesNotHaveDuplicates();
    }

    private static List<Duration> delays(ScenarioRun run, int n) {
        return IntStream.range(0, n).mapToObj(i -> run.decide(ANY).delay()).toList();
    }

    @Test
    void invalidTriggersAreRefusedWithTheRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> Trigger.everyNth(0))
                .withMessage("every must be at least 1 but was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Trigger.probability(1.5, 1))
                .withMessage("probability must be between 0 and 1 but was 1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> Trigger.probability(-0.1, 1))
                .withMessageContaining("between 0 and 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Trigger.window(Duration.ofSeconds(40), Duration.ofSeconds(10)))
                .withMessageContaining("must be later than from");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Trigger.window(Duration.ofSeconds(10), Duration.ofSeconds(10)))
                .withMessageContaining("must be later than from");
    }
}
