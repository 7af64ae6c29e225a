package dev.wamock.scenarios;

import dev.wamock.scenarios.internal.Attempts;
import dev.wamock.scenarios.internal.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The built-in catalogue, generated from the contract so that it is complete by construction: one
 * scenario per documented HTTP status ({@code http-429}), one per value of every enum field
 * ({@code status-flagged}, {@code quality-red}, {@code tier-2k}, …), the chaos built-ins (broken
 * connections, slow answers) and the common retry stories.
 * Each has a magic number {@code 555GG0000NNN}: group GG (00 statuses, 01 status, 02 quality,
 * 03 code verification, 04 name status, 05 tier, 06 account mode, 08 chaos, 09 stories), item NNN.
 *
 * <p>Each carries tags, given here and nowhere else: {@value #DOCUMENTED_STATUSES}, {@value #DOCUMENTED_ERRORS},
 * {@value #FIELD_VALUES}, {@value #OBSERVED}, {@value #CHAOS}, {@value #CONNECTION_FAULTS}, {@value #LATENCY},
 * {@value #STORIES}; and, read from the steps, {@value #RATE_LIMITS} for a 429 or a rate limit among them and
 * {@value #RECOVERABLE} for a scenario whose first correct 200 comes after one or more failed attempts.
 */
public final class BuiltInScenarios {
    /** Tag: every {@code http-NNN}, one per documented response status. */
    public static final String DOCUMENTED_STATUSES = "documented-statuses";
    /** Tag: the {@code http-NNN} of the documented error statuses (4xx, 5xx). */
    public static final String DOCUMENTED_ERRORS = "documented-errors";
    /** Tag: a 429 or a rate limit among the steps ({@code http-429}, {@code rate-limited-then-ok}). */
    public static final String RATE_LIMITS = "rate-limits";
    /** Tag: one value of an enum field on every request ({@code quality-red}, {@code tier-1k}, …). */
    public static final String FIELD_VALUES = "field-values";
    /** Tag: a value production sends that endpoint.md does not document ({@code tier-2k}, {@code tier-not-set}). */
    public static final String OBSERVED = "observed";
    /** Tag: connection faults and latency. */
    public static final String CHAOS = "chaos";
    /** Tag: reset, no response, truncated body, stall. */
    public static final String CONNECTION_FAULTS = "connection-faults";
    /** Tag: slow answers and slow bodies. */
    public static final String LATENCY = "latency";
    /** Tag: the multi-step stories of what clients meet in production. */
    public static final String STORIES = "stories";
    /** Tag: a retrying client gets a correct 200 on attempt {@link CatalogueEntry#attemptsToSucceed()} (2 or more). */
    public static final String RECOVERABLE = "recoverable";

    private static final Map<String, CatalogueEntry> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, CatalogueEntry> BY_MAGIC = new LinkedHashMap<>();

    static {
        Contract contract = Contract.get();
        for (String status : contract.operationNode().path("responses").propertyNames()) {
            int code = Integer.parseInt(status);
            Step step = DocumentedErrors.forStatus(code).map(e -> Step.error(e.name())).orElseGet(Step::passThrough);
            String what = contract.operationNode().path("responses").path(status).path("description").asString();
            List<String> tags = new ArrayList<>(List.of(DOCUMENTED_STATUSES));
            if (code >= 400) {
                tags.add(DOCUMENTED_ERRORS);
            }
            add(0, code, Scenario.of("http-" + status, step).describedAs("Every request answers " + status + " ("
                    + what + ")"),
                    tags);
        }
        field(1, "status", AccountField.STATUS, contract.enumValues("WhatsAppAccountNumberStatus"));
        field(2, "quality", AccountField.QUALITY_RATING, contract.enumValues("WhatsAppPhoneNumberQualityRating"));
        field(3, "code-verification", AccountField.CODE_VERIFICATION_STATUS,
                contract.enumValues("WhatsAppCodeVerificationStatus"));
        field(4, "name-status", AccountField.NAME_STATUS, contract.enumValues("WhatsAppDisplayNameStatus"));
        field(5, "tier", AccountField.MESSAGING_LIMIT_TIER, contract.enumValues("ObservedMessagingLimitTier"));
        field(6, "account-mode", AccountField.ACCOUNT_MODE, contract.enumValues("WhatsAppBusinessSandboxEligibility"));
        int c = 1;
        for (ChaosScenarios.Tagged chaos : ChaosScenarios.all()) {
            add(8, c++, chaos.scenario(), chaos.tags());
        }
        int i = 1;
        for (Scenario story : MultiStepScenarios.all()) {
            add(9, i++, story, List.of(STORIES));
        }
    }

    private BuiltInScenarios() {
    }

    private static void field(int group, String prefix, AccountField field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String suffix = value.replaceFirst("^TIER_", "").toLowerCase().replace('_', '-');
            Step step = Step.state(field, value);
            boolean observed = ((Answer.State) step.answer()).overrides().get(field) instanceof MessagingLimitTier t
                    && !t.documented();
            add(group, i + 1, Scenario.of(prefix + "-" + suffix, step).describedAs("Numbers report " + field.wireName()
                    + " " + value), observed ? List.of(FIELD_VALUES, OBSERVED) : List.of(FIELD_VALUES));
        }
    }

    private static void add(int group, int item, Scenario scenario, List<String> tags) {
        String magic = String.format("555%02d0000%03d", group, item);
        Integer attempts = Attempts.toSucceed(scenario);
        List<String> all = new ArrayList<>(tags);
        if (scenario.steps().stream().anyMatch(s -> s.answer() instanceof Answer.RateLimit
                || s.answer() instanceof Answer.Error e && e.status() == 429)) {
            all.add(RATE_LIMITS);
        }
        if (attempts != null && attempts > 1) {
            all.add(RECOVERABLE);
        }
        CatalogueEntry builtIn = new CatalogueEntry(scenario, magic, all, attempts);
        BY_NAME.put(scenario.name(), builtIn);
        BY_MAGIC.put(magic, builtIn);
    }

    /** Every built-in, in catalogue order. */
    public static List<CatalogueEntry> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The built-in of this name, if any. */
    public static Optional<CatalogueEntry> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The built-in scenario a magic number ID triggers, if {@code numberId} is one. */
    public static Optional<CatalogueEntry> byMagicNumber(String numberId) {
        return Optional.ofNullable(BY_MAGIC.get(numberId));
    }

    /** The built-in of this name; an unknown name fails with the closest one and the full list. */
    public static Scenario named(String name) {
        return find(name).map(CatalogueEntry::scenario).orElseThrow(() -> new IllegalArgumentException(
                "unknown scenario '" + name + "'" + Suggestions.didYouMean(name, names()) + "; built-ins: " + names()));
    }

    /** Every built-in's name, in catalogue order. */
    public static List<String> names() {
        return new ArrayList<>(BY_NAME.keySet());
    }

    /** Every tag some built-in carries, sorted. */
    public static List<String> tags() {
        TreeSet<String> tags = new TreeSet<>();
        BY_NAME.values().forEach(b -> tags.addAll(b.tags()));
        return List.copyOf(tags);
    }

    /** The built-ins with this tag, in catalogue order; an unknown tag fails with the closest one and the list. */
    public static List<CatalogueEntry> tagged(String tag) {
        if (!tags().contains(tag)) {
            throw new IllegalArgumentException("unknown tag '" + tag + "'" + Suggestions.didYouMean(tag, tags())
                    + "; tags: " + tags());
        }
        return BY_NAME.values().stream().filter(b -> b.hasTag(tag)).toList();
    }
}
