package dev.wamock.server;

import static dev.wamock.server.GraphBodies.ACCOUNT_NUMBER;
import static dev.wamock.server.GraphBodies.GRAPH_ERROR;
import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.wamock.scenarios.AccountField;
import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.scenarios.Contract;
import dev.wamock.scenarios.DocumentedErrors;
import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.MessagingLimitTier;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Scope;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Walks the whole built-in catalogue over real HTTP. Each built-in, triggered by the header, by its
 * magic number and through the admin API (each from a fresh reset), answers what its own steps say:
 * the expectation of every request is read from the scenario model, and every body is checked
 * against the contract. The chaos built-ins (faults, delays, slow bodies) are called by
 * {@code chaos.ChaosCatalogueTest} instead.
 */
class CatalogueWalkTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();
    /** Requests per walk: enough to pass every story's turning point. */
    private static final int REQUESTS = 4;
    private static final String OBSERVED_NUMBER = "ObservedWhatsAppAccountNumber";
    private static final Pattern HTTP_SCENARIO = Pattern.compile("http-(\\d{3})");

    enum Trigger {
        HEADER("by the X-Wamock-Scenario header on " + NUMBER),
        MAGIC_NUMBER("by its magic number"),
        ADMIN_API("by POST /__wamock/scenario, on " + NUMBER);

        final String label;

        Trigger(String label) {
            this.label = label;
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyBuiltInAnswersWhatItsStepsSayHoweverItIsTriggered() {
        assertThat(BuiltInScenarios.all()).isNotEmpty();
        Stream<CatalogueEntry> plain = BuiltInScenarios.all().stream().filter(b -> !b.hasTag(BuiltInScenarios.CHAOS));
        return plain.map(builtIn -> dynamicContainer(
                builtIn.name() + " (" + builtIn.magicNumber() + ")",
                Arrays.stream(Trigger.values()).map(trigger -> dynamicTest(
                        trigger.label + (trigger == Trigger.MAGIC_NUMBER ? " " + builtIn.magicNumber() : ""),
                        () -> walk(builtIn, trigger)))));
    }

    @Test
    void theBuiltInsLeftToChaosCatalogueTestAreExactlyTheOnesWithEffects() {
        List<String> withEffects = BuiltInScenarios.all().stream()
                .filter(b -> b.scenario().steps().stream().anyMatch(s -> s.fault() != null || s.delay() != null
                        || s.slowBody() != null))
                .map(CatalogueEntry::name).toList();

        assertThat(BuiltInScenarios.tagged(BuiltInScenarios.CHAOS)).extracting(CatalogueEntry::name)
                .as("the walk reads plain answers; chaos.ChaosCatalogueTest calls the built-ins with effects")
                .isEqualTo(withEffects);
    }

    static Stream<Arguments> stories() {
        return Stream.of(
                arguments("transient-then-ok", List.of(),
                        List.of("500 code 2 transient", "500 code 2 transient", "200", "200")),
                arguments("rate-limited-then-ok", List.of(), List.of("429 code 4/2446079 transient",
                        "429 code 4/2446079 transient", "200", "200")),
                arguments("token-expires-mid-run", List.of(), List.of("200", "200", "200", "401 code 190/463")),
                arguments("quality-degrades", List.of("quality_rating"), List.of("GREEN", "YELLOW", "RED", "RED")),
                arguments("number-gets-flagged", List.of("status", "quality_rating"),
                        List.of("CONNECTED/GREEN", "CONNECTED/GREEN", "FLAGGED/RED", "FLAGGED/RED")));
    }

    @ParameterizedTest(name = "{0} answers {2}")
    @MethodSource("stories")
    void everyStoryTellsTheStoryTheDocsPromise(String name, List<String> fields, List<String> expected) {
        SERVER.http().send("POST", "/__wamock/reset", "");
        String magic = BuiltInScenarios.find(name).orElseThrow().magicNumber();
        String query = fields.isEmpty() ? "" : "?fields=" + String.join(",", fields);

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            answers.add(summary(SERVER.http().graph("/v23.0/" + magic + query), fields));
        }

        assertThat(answers).as("answers of %s (GET /v23.0/%s%s)", name, magic, query).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tier-2k", "tier-not-set"})
    void anUndocumentedTierIsValidOnlyAgainstTheObservedSchema(String name) {
        SERVER.http().send("POST", "/__wamock/reset", "");
        Reply reply = SERVER.http().graph("/v23.0/" + BuiltInScenarios.find(name).orElseThrow().magicNumber()
                + "?fields=messaging_limit_tier");
        List<String> selected = List.of("messaging_limit_tier", "id");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("messaging_limit_tier").asString()).startsWith("TIER_")
                .isIn(Contract.get().enumValues("ObservedMessagingLimitTier"))
                .isNotIn(Contract.get().enumValues(ACCOUNT_NUMBER, "messaging_limit_tier"));
        assertThat(Contract.get().violations(OBSERVED_NUMBER, body, selected)).as("against %s", OBSERVED_NUMBER)
                .isEmpty();
        assertThat(Contract.get().violations(ACCOUNT_NUMBER, body, selected)).as("against %s", ACCOUNT_NUMBER)
                .isNotEmpty().allSatisfy(v -> assertThat(v).startsWith("/messaging_limit_tier"));
    }

    private static void walk(CatalogueEntry builtIn, Trigger trigger) {
        Scenario scenario = builtIn.scenario();
        assertWalkable(scenario);
        assertThat(SERVER.http().send("POST", "/__wamock/reset", "").status()).as("reset").isEqualTo(200);
        if (trigger == Trigger.ADMIN_API) {
            Reply activated = SERVER.http().send("POST", "/__wamock/scenario", "{\"name\": \"" + builtIn.name() + "\"}");
            assertThat(activated.status()).as("activation: %s", activated).isEqualTo(200);
            assertThat(activated.json().path("active").path("name").asString()).isEqualTo(builtIn.name());
        }
        String number = trigger == Trigger.MAGIC_NUMBER ? builtIn.magicNumber() : NUMBER;
        List<String> fields = fieldsTheStepsChange(scenario);
        String path = "/v23.0/" + number + (fields.isEmpty() ? "" : "?fields=" + String.join(",", fields));
        String[] headers = trigger == Trigger.HEADER
                ? new String[] {"X-Wamock-Scenario", builtIn.name()}
                : new String[0];

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            int stepIndex = stepAnswering(scenario, i);
            Answer expected = stepIndex < 0 ? new Answer.Pass() : scenario.steps().get(stepIndex).answer();
            Reply reply = SERVER.http().graph(path, headers);
            String what = String.format("request %d of %s %s: GET %s, step %d (%s)%n%s", i + 1, builtIn.name(),
                    trigger.label, path, stepIndex, stepIndex < 0 ? "none" : scenario.steps().get(stepIndex).describe(),
                    reply);
            check(expected, reply, number, fields, what);
            checkHttpScenario(builtIn.name(), reply, what);
            statuses.add(reply.status());
        }

        Journal journal = SERVER.server().journal();
        assertThat(journal.entries()).as("journal of %s %s:%n%s", builtIn.name(), trigger.label, journal.timeline())
                .hasSize(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            JournalEntry entry = journal.entries().get(i);
            int stepIndex = stepAnswering(scenario, i);
            assertThat(entry.scenario()).as("scenario of %s", entry.describe()).isEqualTo(builtIn.name());
            assertThat(entry.step()).as("step of %s", entry.describe()).isEqualTo(stepIndex < 0 ? null : stepIndex);
            assertThat(entry.status()).as("status of %s", entry.describe()).isEqualTo(statuses.get(i));
            assertThat(entry.numberId()).isEqualTo(number);
        }
    }

    /** Checks a reply against what {@code expected} (a step's answer) says it must be. */
    private static void check(Answer expected, Reply reply, String number, List<String> fields, String what) {
        if (expected instanceof Answer.Error error) {
            assertThat(reply.status()).as(what).isEqualTo(error.status());
            GraphBodies.assertValid(GRAPH_ERROR, reply);
            assertThat(reply.error().path("fbtrace_id").asString()).as(what).isNotBlank();
            assertThat(GraphBodies.withoutTraceId(reply)).as(what).isEqualTo(Mappers.JSON.valueToTree(error.error()));
            return;
        }
        assertThat(reply.status()).as(what).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("id").asString()).as(what).isEqualTo(number);
        List<String> selected = fields.isEmpty() ? null : withId(fields);
        boolean documented = true;
        if (expected instanceof Answer.State state) {
            for (var override : state.overrides().entrySet()) {
                assertThat(body.path(override.getKey().wireName()).asString()).as("%s: %s", override.getKey().wireName(),
                        what).isEqualTo(String.valueOf(override.getValue()));
                if (override.getValue() instanceof MessagingLimitTier tier && !tier.documented()) {
                    documented = false;
                }
            }
        } else {
            assertThat(expected).as(what).isInstanceOf(Answer.Pass.class);
        }
        List<String> againstDocumented = Contract.get().violations(ACCOUNT_NUMBER, body, selected);
        if (documented) {
            assertThat(againstDocumented).as("violations of %s (fields %s): %s", ACCOUNT_NUMBER, selected, what)
                    .isEmpty();
        } else {
            assertThat(Contract.get().violations(OBSERVED_NUMBER, body, selected))
                    .as("violations of %s (fields %s): %s", OBSERVED_NUMBER, selected, what).isEmpty();
            assertThat(againstDocumented).as("an undocumented tier must not pass %s: %s", ACCOUNT_NUMBER, what)
                    .isNotEmpty();
        }
    }

    /** {@code http-NNN}: status NNN and, for an error, the documented body of that status. */
    private static void checkHttpScenario(String name, Reply reply, String what) {
        Matcher m = HTTP_SCENARIO.matcher(name);
        if (!m.matches()) {
            return;
        }
        int status = Integer.parseInt(m.group(1));
        assertThat(reply.status()).as(what).isEqualTo(status);
        if (status >= 400) {
            GraphError documented = DocumentedErrors.forStatus(status).orElseThrow().error();
            JsonNode error = reply.error();
            assertThat(error.path("code").asInt()).as("code: %s", what).isEqualTo(documented.code());
            assertThat(error.has("error_subcode") ? error.path("error_subcode").asInt() : null)
                    .as("error_subcode: %s", what).isEqualTo(documented.subcode());
            assertThat(error.path("type").asString()).as("type: %s", what).isEqualTo(documented.type());
            assertThat(error.path("message").asString()).as("message: %s", what).isEqualTo(documented.message());
            assertThat(GraphBodies.withoutTraceId(reply)).as("the contract's example: %s", what)
                    .isEqualTo(GraphBodies.documentedError(status));
        }
    }

    /** Index of the step that answers the {@code request}-th request (0-based), or -1 when all are used up. */
    private static int stepAnswering(Scenario scenario, int request) {
        int left = request;
        for (int i = 0; i < scenario.steps().size(); i++) {
            Integer times = scenario.steps().get(i).times();
            if (times == null || left < times) {
                return i;
            }
            left -= times;
        }
        return -1;
    }

    /** The walk derives expectations by counting {@code times} alone, so every step must apply to every request. */
    private static void assertWalkable(Scenario scenario) {
        assertThat(scenario.cycle()).as("%s cycles", scenario.name()).isFalse();
        for (Step step : scenario.steps()) {
            assertThat(step.when().isAny()).as("%s: step '%s' has a 'when'", scenario.name(), step.describe()).isTrue();
            assertThat(step.scope()).as("%s: scope of '%s'", scenario.name(), step.describe()).isEqualTo(Scope.GLOBAL);
            assertThat(step.answer()).as("%s: answer of '%s' (extend this walk for new kinds)", scenario.name(),
                    step.describe()).isInstanceOfAny(Answer.Error.class, Answer.State.class, Answer.Pass.class);
        }
    }

    /** Wire names of the fields the scenario's state steps override, in order of first appearance. */
    private static List<String> fieldsTheStepsChange(Scenario scenario) {
        List<String> fields = new ArrayList<>();
        for (Step step : scenario.steps()) {
            if (step.answer() instanceof Answer.State state) {
                for (AccountField field : state.overrides().keySet()) {
                    if (!fields.contains(field.wireName())) {
                        fields.add(field.wireName());
                    }
                }
            }
        }
        return fields;
    }

    private static List<String> withId(List<String> fields) {
        List<String> selected = new ArrayList<>(fields);
        selected.add("id");
        return selected;
    }

    /** {@code 500 code 2 transient}, {@code 401 code 190/463}, {@code 200}, or the selected fields' values. */
    private static String summary(Reply reply, List<String> fields) {
        if (reply.status() >= 400) {
            JsonNode e = reply.error();
            return reply.status() + " code " + e.path("code").asInt()
                    + (e.has("error_subcode") ? "/" + e.path("error_subcode").asInt() : "")
                    + (e.path("is_transient").asBoolean(false) ? " transient" : "");
        }
        if (fields.isEmpty()) {
            return String.valueOf(reply.status());
        }
        return String.join("/", fields.stream().map(f -> reply.json().path(f).asString()).toList());
    }
}
