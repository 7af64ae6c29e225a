package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The built-in catalogue is complete: the scenarios it must hold are derived from the contract itself
 * (every documented response status, every value of every enum field), not from a hand-written list,
 * so a contract change that the catalogue misses fails here, naming what is missing.
 */
class CatalogueCompletenessTest {
    private static final Contract CONTRACT = Contract.get();
    private static final String OBSERVED_NUMBER = "ObservedWhatsAppAccountNumber";
    private static final List<String> ENUM_SCHEMAS = List.of("WhatsAppAccountNumberStatus",
            "WhatsAppPhoneNumberQualityRating", "WhatsAppCodeVerificationStatus", "WhatsAppDisplayNameStatus",
            "ObservedMessagingLimitTier", "WhatsAppBusinessSandboxEligibility");
    private static final List<String> STORIES = List.of("transient-then-ok", "rate-limited-then-ok",
            "token-expires-mid-run", "quality-degrades", "number-gets-flagged");
    private static final List<String> CHAOS = List.of("connection-reset", "no-response", "truncated-body", "stall",
            "slow-answers", "slow-body", "reset-once-then-ok");

    @Test
    void everyResponseStatusOfTheOperationHasAnHttpScenarioThatAnswersIt() {
        List<String> statuses = List.copyOf(CONTRACT.operation().path("responses").propertyNames());
        assertThat(statuses).as("response statuses of the operation").contains("200").hasSizeGreaterThan(1);

        List<String> missing = new ArrayList<>();
        for (String status : statuses) {
            int code = Integer.parseInt(status);
            String name = "http-" + status;
            Optional<CatalogueEntry> builtIn = BuiltInScenarios.find(name);
            if (builtIn.isEmpty()) {
                missing.add(name + " (no such built-in)");
                continue;
            }
            Step first = builtIn.get().scenario().steps().get(0);
            boolean answersIt = code < 400
                    ? first.answer() instanceof Answer.Pass
                    : first.answer() instanceof Answer.Error e && e.status() == code
                            && DocumentedErrors.forStatus(code).map(d -> d.error().equals(e.error())).orElse(false);
            if (!answersIt || first.times() != null) {
                missing.add(name + " (its first step is '" + first.describe() + "', not every request answering "
                        + status + " with the documented body)");
            }
        }

        assertThat(missing).as("http-<status> scenarios the contract's responses %s need", statuses).isEmpty();
    }

    @ParameterizedTest(name = "every value of {0}")
    @ValueSource(strings = {"WhatsAppAccountNumberStatus", "WhatsAppPhoneNumberQualityRating",
            "WhatsAppCodeVerificationStatus", "WhatsAppDisplayNameStatus", "ObservedMessagingLimitTier",
            "WhatsAppBusinessSandboxEligibility"})
    void everyEnumValueHasAScenarioWhoseFirstStepSetsItOnEveryRequest(String schema) {
        AccountField field = fieldReferencing(schema);
        List<String> values = CONTRACT.enumValues(schema);
        assertThat(values).as("enum of %s", schema).isNotEmpty();

        List<String> missing = values.stream()
                .filter(value -> BuiltInScenarios.all().stream().noneMatch(b -> setsOnEveryRequest(b, field, value)))
                .map(value -> field.wireName() + " = " + value)
                .toList();

        assertThat(missing).as("values of %s (field %s) with no built-in whose first step is a state answer "
                + "setting it; built-ins: %s", schema, field.wireName(), BuiltInScenarios.names()).isEmpty();
    }

    @Test
    void theRetryStoriesAreBuiltIn() {
        assertThat(STORIES).as("stories missing from the catalogue %s", BuiltInScenarios.names())
                .filteredOn(name -> BuiltInScenarios.find(name).isEmpty())
                .isEmpty();
    }

    @Test
    void theChaosBuiltInsAreInTheCatalogueInGroup08() {
        assertThat(CHAOS).allSatisfy(name -> assertThat(BuiltInScenarios.find(name))
                .as("%s in %s", name, BuiltInScenarios.names())
                .hasValueSatisfying(b -> assertThat(b.magicNumber()).startsWith("55508")));
    }

    /** The faults that break the connection itself (the others are wrong answers). */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Fault.class, names = {"RESET", "NO_RESPONSE", "TRUNCATED", "STALL"})
    void everyConnectionFaultHasABuiltInThatBreaksEveryRequestWithIt(Fault fault) {
        String what = "a built-in whose only step is fault " + fault.wireName() + " on every request";
        assertThat(BuiltInScenarios.all()).as(what)
                .anyMatch(b -> b.scenario().steps().size() == 1 && b.scenario().steps().get(0).fault() == fault
                        && b.scenario().steps().get(0).times() == null && b.attemptsToSucceed() == null);
    }

    @Test
    void theCatalogueHoldsExactlyTheDerivedScenariosTheChaosAndTheStories() {
        int expected = CONTRACT.operation().path("responses").size() + STORIES.size() + CHAOS.size()
                + ENUM_SCHEMAS.stream().mapToInt(s -> CONTRACT.enumValues(s).size()).sum();

        assertThat(BuiltInScenarios.all()).as("built-ins: %s", BuiltInScenarios.names()).hasSize(expected);
    }

    @Test
    void everyBuiltInHasANonBlankOneLineDescription() {
        assertThat(BuiltInScenarios.all()).allSatisfy(b -> assertThat(b.description())
                .as("description of %s", b.name()).isNotBlank().doesNotContain("\n").doesNotContain("\r"));
    }

    @Test
    void everyBuiltInHasAUniqueTwelveDigitMagicNumberStartingWith555ThatTriggersIt() {
        Map<String, String> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (CatalogueEntry b : BuiltInScenarios.all()) {
            assertThat(b.magicNumber()).as("magic number of %s", b.name()).matches("555\\d{9}");
            assertThat(BuiltInScenarios.byMagicNumber(b.magicNumber())).as("scenario triggered by %s", b.magicNumber())
                    .hasValueSatisfying(found -> assertThat(found.name()).isEqualTo(b.name()));
            String before = seen.putIfAbsent(b.magicNumber(), b.name());
            if (before != null) {
                duplicates.add(b.magicNumber() + " (" + before + " and " + b.name() + ")");
            }
        }

        assertThat(duplicates).as("magic numbers used twice").isEmpty();
    }

    @Test
    void theHttpScenariosMagicNumbersEndInTheirStatus() {
        for (String status : CONTRACT.operation().path("responses").propertyNames()) {
            assertThat(BuiltInScenarios.byMagicNumber("555000000" + status)).as("magic number for %s", status)
                    .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("http-" + status));
        }
    }

    @Test
    void aNumberThatIsNotMagicTriggersNothing() {
        assertThat(BuiltInScenarios.byMagicNumber("106540352242922")).isEmpty();
        assertThat(BuiltInScenarios.byMagicNumber("555000000999")).isEmpty();
    }

    /** A built-in whose first step answers every request with {@code field} set to {@code value}. */
    private static boolean setsOnEveryRequest(CatalogueEntry builtIn, AccountField field, String value) {
        Step first = builtIn.scenario().steps().get(0);
        return first.times() == null && first.when().isAny()
                && first.answer() instanceof Answer.State state
                && state.overrides().containsKey(field)
                && value.equals(String.valueOf(state.overrides().get(field)));
    }

    /** The account-number field whose schema is {@code $ref: #/components/schemas/<schema>}, read from the contract. */
    private static AccountField fieldReferencing(String schema) {
        String target = "#/components/schemas/" + schema;
        for (String numberSchema : List.of("WhatsAppAccountNumber", OBSERVED_NUMBER)) {
        JsonNode properties = CONTRACT.document().path("components").path("schemas").path(numberSchema)
                .path("properties");
        for (String property : properties.propertyNames()) {
            JsonNode node = properties.path(property);
            boolean refers = target.equals(node.path("$ref").asString(null));
            for (JsonNode alternative : node.path("oneOf")) {
                refers |= target.equals(alternative.path("$ref").asString(null));
            }
            if (refers && AccountField.fromWireName(property).isPresent()) {
                return AccountField.fromWireName(property).get();
            }
        }
        }
        throw new AssertionError("no property of " + OBSERVED_NUMBER + " references " + schema);
    }
}
