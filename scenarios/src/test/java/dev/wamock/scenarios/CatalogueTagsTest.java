package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's tags and attempts: tags that name a part of the contract hold exactly that part (read from
 * the contract, not listed here), and each story says how many attempts it takes to get a correct 200.
 */
class CatalogueTagsTest {
    private static final Contract CONTRACT = Contract.get();

    @Test
    void theTagsAreTheDocumentedOnes() {
        assertThat(BuiltInScenarios.tags()).containsExactly("chaos", "connection-faults", "documented-errors",
                "documented-statuses", "field-values", "latency", "observed", "rate-limits", "recoverable", "stories");
        assertThat(BuiltInScenarios.all()).allSatisfy(b -> assertThat(b.tags()).as("tags of %s", b.name())
                .isNotEmpty());
    }

    @Test
    void documentedErrorsAreExactlyTheHttpScenariosOfTheContractsErrorStatuses() {
        List<String> expected = new ArrayList<>();
        for (String status : CONTRACT.operation().path("responses").propertyNames()) {
            if (Integer.parseInt(status) >= 400) {
                expected.add("http-" + status);
            }
        }

        assertThat(names(BuiltInScenarios.tagged("documented-errors"))).isEqualTo(expected).hasSize(7);
        assertThat(names(BuiltInScenarios.tagged("documented-statuses"))).hasSize(expected.size() + 1)
                .contains("http-200").containsAll(expected);
    }

    @Test
    void observedAreExactlyTheTiersProductionSendsAndTheDocumentationLacks() {
        List<String> documented = CONTRACT.enumValues("WhatsAppAccountNumber", "messaging_limit_tier");
        List<String> expected = CONTRACT.enumValues("ObservedMessagingLimitTier").stream()
                .filter(v -> !documented.contains(v))
                .map(v -> "tier-" + v.replaceFirst("^TIER_", "").toLowerCase().replace('_', '-'))
                .toList();

        assertThat(names(BuiltInScenarios.tagged("observed"))).isEqualTo(expected).containsExactly("tier-2k",
                "tier-not-set");
    }

    @Test
    void eachBuiltInSaysHowManyAttemptsItTakesToGetACorrect200() {
        Map<String, Integer> attempts = new LinkedHashMap<>();
        BuiltInScenarios.all().forEach(b -> attempts.put(b.name(), b.attemptsToSucceed()));

        assertThat(attempts).containsEntry("transient-then-ok", 3).containsEntry("rate-limited-then-ok", 3)
                .containsEntry("reset-once-then-ok", 2).containsEntry("token-expires-mid-run", 1)
                .containsEntry("http-200", 1).containsEntry("quality-red", 1).containsEntry("slow-answers", 1)
                .containsEntry("slow-body", 1).containsEntry("http-500", null).containsEntry("http-429", null)
                .containsEntry("connection-reset", null).containsEntry("no-response", null)
                .containsEntry("truncated-body", null).containsEntry("stall", null);
    }

    @Test
    void recoverableAreExactlyTheScenariosThatNeedMoreThanOneAttempt() {
        List<String> expected = BuiltInScenarios.all().stream()
                .filter(b -> b.attemptsToSucceed() != null && b.attemptsToSucceed() > 1)
                .map(CatalogueEntry::name).toList();

        assertThat(names(BuiltInScenarios.tagged("recoverable"))).isEqualTo(expected)
                .containsExactly("reset-once-then-ok", "transient-then-ok", "rate-limited-then-ok");
    }

    @Test
    void rateLimitsAndChaosHoldWhatTheirStepsSay() {
        assertThat(names(BuiltInScenarios.tagged("rate-limits"))).containsExactly("http-429", "rate-limited-then-ok");
        assertThat(names(BuiltInScenarios.tagged("connection-faults")))
                .containsExactly("connection-reset", "no-response", "truncated-body", "stall", "reset-once-then-ok");
        assertThat(names(BuiltInScenarios.tagged("latency"))).containsExactly("slow-answers", "slow-body");
        assertThat(BuiltInScenarios.tagged("chaos")).hasSize(7).allSatisfy(b -> assertThat(b.scenario().steps())
                .anyMatch(s -> s.fault() != null || s.delay() != null || s.slowBody() != null));
    }

    @Test
    void rateLimitedThenOkIsSizedForAThreeAttemptClient() {
        Scenario story = BuiltInScenarios.named("rate-limited-then-ok");

        assertThat(story.steps()).containsExactly(Step.error("rate-limited").times(2), Step.passThrough());
        assertThat(story.description()).contains("Two 429s", "third attempt");
    }

    @Test
    void anUnknownTagFailsWithTheClosestOneAndTheList() {
        assertThatIllegalArgumentException().isThrownBy(() -> BuiltInScenarios.tagged("documented-error"))
                .withMessageContaining("unknown tag 'documented-error'")
                .withMessageContaining("did you mean 'documented-errors'?")
                .withMessageContaining("tags: [chaos, ");
    }

    @Test
    void aLoadedScenarioHasNoTagsAndItsAttemptsAreReadFromItsSteps() {
        CatalogueEntry flaky = new CatalogueEntry(Scenario.of("flaky", Step.error("server-error").times(4),
                Step.passThrough()), null);
        CatalogueEntry triggered = new CatalogueEntry(Scenario.of("every-third", Step.error("server-error")
                .trigger(Trigger.everyNth(3))), null);
        CatalogueEntry used = new CatalogueEntry(Scenario.of("used-up", Step.error("server-error").times(1)), null);
        CatalogueEntry cycling = new CatalogueEntry(Scenario.of("cycling", Step.error("server-error").times(1))
                .cycling(), null);

        assertThat(flaky.tags()).isEmpty();
        assertThat(flaky.attemptsToSucceed()).isEqualTo(5);
        assertThat(triggered.attemptsToSucceed()).as("depends on the traffic").isNull();
        assertThat(used.attemptsToSucceed()).as("the second request passes through").isEqualTo(2);
        assertThat(cycling.attemptsToSucceed()).as("fails forever").isNull();
    }

    @Test
    void theReadmeCountsTheBuiltInsThereAre() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("(\\d+) built-in scenarios").matcher(readme);

        assertThat(count.find()).as("'<N> built-in scenarios' in README.md").isTrue();
        assertThat(Integer.parseInt(count.group(1))).isEqualTo(BuiltInScenarios.all().size());
    }

    private static List<String> names(List<CatalogueEntry> builtIns) {
        return builtIns.stream().map(CatalogueEntry::name).toList();
    }
}
