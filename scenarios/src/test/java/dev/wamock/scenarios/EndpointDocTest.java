package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * docs/endpoint.md lists every field, enum value and documented error of the contract, row for row as
 * the contract has them, and nothing else: a change of the contract fails here with the row to write.
 */
class EndpointDocTest {
    private static final Path PAGE = Path.of("..", "docs", "endpoint.md");
    private static final Map<String, Class<? extends Enum<?>>> JAVA_ENUMS = Map.of(
            "status", NumberStatus.class, "quality_rating", QualityRating.class,
            "code_verification_status", CodeVerificationStatus.class, "name_status", NameStatus.class,
            "messaging_limit_tier", MessagingLimitTier.class, "account_mode", AccountMode.class);

    private final Contract contract = Contract.get();

    @Test
    void theFieldsTableHasOneRowPerFieldOfTheContractWithItsTypeValuesAndDescription() throws IOException {
        List<String> expected = AccountField.wireNames().stream().map(this::fieldRow).toList();

        assertThat(rows(section("## Fields"), "| `")).containsExactlyElementsOf(expected);
    }

    @Test
    void theErrorsTableHasOneRowPerDocumentedErrorWithItsStatusCodeSubcodeAndMessage() throws IOException {
        List<String> expected = DocumentedErrors.all().stream().map(EndpointDocTest::errorRow).toList();

        assertThat(rows(section("## Documented errors"), "| ")).filteredOn(r -> r.matches("\\| \\d{3} \\|.*"))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void everyNameOfADocumentedErrorAndTheDefaultFieldsAreNamed() throws IOException {
        String page = Files.readString(PAGE);

        assertThat(DocumentedErrors.names()).allSatisfy(name -> assertThat(page).contains("`" + name + "`"));
        assertThat(section("## Request")).contains(AccountField.DEFAULTS.stream()
                .map(f -> "`" + f.wireName() + "`").collect(Collectors.joining(", ")));
        assertThat(page).contains("`error_user_title: " + DocumentedErrors.named("permission-denied").error().userTitle());
    }

    @Test
    void theObservedSectionNamesEveryFieldAndValueTheObservedSchemasAdd() throws IOException {
        String observed = section("## What the `graph-observed` profile adds");
        List<String> added = contract.propertyNames("ObservedWhatsAppAccountNumber").stream()
                .filter(p -> AccountField.fromWireName(p).isEmpty()).toList();
        JsonNode properties = contract.document().path("components").path("schemas")
                .path("ObservedWhatsAppAccountNumber").path("properties");

        assertThat(added).isNotEmpty().allSatisfy(p -> assertThat(observed).contains("`" + p + "`"));
        List<String> addedStatuses = contract.enumValues("ObservedNumberStatus").stream()
                .filter(v -> !contract.enumValues("WhatsAppAccountNumberStatus").contains(v)).toList();
        assertThat(List.of(addedStatuses, contract.enumValues("ObservedMessagingLimitTier"),
                        contract.enumValues("ObservedWhatsAppAccountNumber", "platform_type"),
                        values(properties.path("throughput").path("properties").path("level"))))
                .allSatisfy(values -> assertThat(values).isNotEmpty()
                        .allSatisfy(v -> assertThat(observed).contains("`" + v + "`")));
    }

    private String fieldRow(String field) {
        JsonNode property = contract.document().path("components").path("schemas").path("WhatsAppAccountNumber")
                .path("properties").path(field);
        JsonNode schema = property.has("$ref")
                ? contract.document().path("components").path("schemas").path(property.get("$ref").asString().replaceFirst(".*/", ""))
                : property;
        List<String> values = values(schema);
        String type = values.isEmpty() ? schema.path("type").asString() : "enum `" + JAVA_ENUMS.get(field).getSimpleName() + "`";
        String shown = values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        return "| `" + field + "` | " + type + " | " + shown + " | " + schema.path("description").asString() + " |";
    }

    private static String errorRow(DocumentedError e) {
        GraphError error = e.error();
        return "| " + e.httpStatus() + " | `" + e.name() + "` | " + error.type() + " | " + error.code() + " | "
                + (error.subcode() == null ? "—" : error.subcode()) + " | "
                + (Boolean.TRUE.equals(error.isTransient()) ? "true" : "—") + " | " + error.message() + " |";
    }

    private static List<String> values(JsonNode schema) {
        return schema.path("enum").valueStream().map(JsonNode::asString).toList();
    }

    /** The page's text from {@code heading} to the next heading of the same level. */
    private static String section(String heading) throws IOException {
        String page = Files.readString(PAGE);
        int start = page.indexOf("\n" + heading + "\n");
        assertThat(start).as("heading '%s' in docs/endpoint.md", heading).isNotNegative();
        int end = page.indexOf("\n## ", start + heading.length() + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static List<String> rows(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix) && !l.startsWith("|---")).toList();
    }
}
