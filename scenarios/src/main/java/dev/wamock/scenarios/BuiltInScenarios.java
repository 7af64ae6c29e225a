package dev.wamock.scenarios;

import dev.wamock.scenarios.internal.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in catalogue, generated from the contract so that it is complete by construction: one
 * scenario per documented HTTP status ({@code http-429}), one per value of every enum field
 * ({@code status-flagged}, {@code quality-red}, {@code tier-2k}, …), and the common retry stories.
 * Each has a magic number {@code 555GG0000NNN}: group GG (00 statuses, 01 status, 02 quality,
 * 03 code verification, 04 name status, 05 tier, 06 account mode, 09 stories), item NNN.
 */
public final class BuiltInScenarios {
    private static final Map<String, BuiltInScenario> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, BuiltInScenario> BY_MAGIC = new LinkedHashMap<>();

    static {
        Contract contract = Contract.get();
        for (String status : contract.operation().path("responses").propertyNames()) {
            int code = Integer.parseInt(status);
            Step step = DocumentedErrors.forStatus(code).map(e -> Step.error(e.name())).orElseGet(Step::passThrough);
            String what = contract.operation().path("responses").path(status).path("description").asString();
            add(0, code, Scenario.of("http-" + status, step).describedAs("Every request answers " + status + " (" + what + ")"));
        }
        field(1, "status", AccountField.STATUS, contract.enumValues("WhatsAppAccountNumberStatus"));
        field(2, "quality", AccountField.QUALITY_RATING, contract.enumValues("WhatsAppPhoneNumberQualityRating"));
        field(3, "code-verification", AccountField.CODE_VERIFICATION_STATUS,
                contract.enumValues("WhatsAppCodeVerificationStatus"));
        field(4, "name-status", AccountField.NAME_STATUS, contract.enumValues("WhatsAppDisplayNameStatus"));
        field(5, "tier", AccountField.MESSAGING_LIMIT_TIER, contract.enumValues("ObservedMessagingLimitTier"));
        field(6, "account-mode", AccountField.ACCOUNT_MODE, contract.enumValues("WhatsAppBusinessSandboxEligibility"));
        int i = 1;
        for (Scenario story : Stories.all()) {
            add(9, i++, story);
        }
    }

    private BuiltInScenarios() {
    }

    private static void field(int group, String prefix, AccountField field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String suffix = value.replaceFirst("^TIER_", "").toLowerCase().replace('_', '-');
            add(group, i + 1, Scenario.of(prefix + "-" + suffix, Step.state(field, value))
                    .describedAs("Numbers report " + field.wireName() + " " + value));
        }
    }

    private static void add(int group, int item, Scenario scenario) {
        String magic = String.format("555%02d0000%03d", group, item);
        BuiltInScenario builtIn = new BuiltInScenario(scenario, magic);
        BY_NAME.put(scenario.name(), builtIn);
        BY_MAGIC.put(magic, builtIn);
    }

    /** Every built-in, in catalogue order. */
    public static List<BuiltInScenario> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The built-in scenario with this name, if there is one. */
    public static Optional<BuiltInScenario> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The built-in scenario a magic number ID triggers, if {@code numberId} is one. */
    public static Optional<BuiltInScenario> byMagicNumber(String numberId) {
        return Optional.ofNullable(BY_MAGIC.get(numberId));
    }

    /** The built-in of this name; an unknown name fails with the closest one and the full list. */
    public static Scenario named(String name) {
        return find(name).map(BuiltInScenario::scenario).orElseThrow(() -> new IllegalArgumentException(
                "unknown scenario '" + name + "'" + Suggestions.didYouMean(name, names()) + "; built-ins: " + names()));
    }

    /** The names of every built-in scenario, in catalogue order. */
    public static List<String> names() {
        return new ArrayList<>(BY_NAME.keySet());
    }
}
