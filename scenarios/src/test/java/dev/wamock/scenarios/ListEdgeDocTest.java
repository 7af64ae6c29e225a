package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * docs/endpoint.md's section on {@code GET /{Version}/{WABA-ID}/phone_numbers} says what the contract's list
 * operation and the default fixtures say: one row per parameter, {@code limit}'s range and default, the schemas,
 * the unknown account's message, and the default numbers by account.
 */
class ListEdgeDocTest {
    private static final Path PAGE = Path.of("..", "docs", "endpoint.md");
    private static final String HEADING = "## The list edge: a business account's numbers";

    private final Contract contract = Contract.get();

    @Test
    void theParameterTableHasARowForEveryParameterOfTheListOperation() throws IOException {
        String section = section();
        List<String> rows = section.lines().filter(l -> l.startsWith("| `")).toList();

        for (JsonNode parameter : contract.listOperation().path("parameters")) {
            String row = "| `" + parameter.path("name").asString() + "` | " + parameter.path("in").asString() + " |";
            assertThat(rows).as("a row starting %s", row).anySatisfy(r -> assertThat(r).startsWith(row));
        }
        JsonNode limit = contract.listParameter("limit");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("| `limit` |")
                .contains("from " + limit.path("minimum").asInt() + " to " + limit.path("maximum").asInt())
                .contains("absent: " + limit.path("default").asInt()));
    }

    @Test
    void theSchemasTheOperationAndTheUnknownAccountsMessageAreNamed() throws IOException {
        String section = section();
        String notFound = contract.listOperation().path("responses").path("404").path("content")
                .path("application/json").path("example").path("error").path("message").asString();

        assertThat(section).contains("`" + contract.listOperation().path("operationId").asString() + "`")
                .contains("`WhatsAppBusinessAccountPhoneNumbers`", "`ObservedWhatsAppBusinessAccountPhoneNumbers`")
                .contains("`" + notFound + "`")
                .contains("`" + AccountNumber.DEFAULT_WABA_ID + "`, `AccountNumber.DEFAULT_WABA_ID`");
        assertThat(contract.document().path("components").path("schemas").has("WhatsAppBusinessAccountPhoneNumbers")).isTrue();
    }

    @Test
    void theAccountsTableListsTheDefaultNumbersOfEachAccountInListOrder() throws IOException {
        Map<String, List<String>> byAccount = new LinkedHashMap<>();
        Fixtures.defaults().all().forEach(n -> byAccount.computeIfAbsent(n.wabaId(), w -> Fixtures.defaults().ofAccount(w)
                .stream().map(AccountNumber::id).toList()));
        List<String> expected = byAccount.entrySet().stream().map(e -> "| `" + e.getKey() + "` | "
                + e.getValue().stream().map(id -> "`" + id + "`").collect(Collectors.joining(", ")) + " |").toList();

        assertThat(section().lines().filter(l -> l.matches("\\| `\\d+` \\|.*"))).containsExactlyElementsOf(expected);
    }

    private static String section() throws IOException {
        String page = Files.readString(PAGE);
        int start = page.indexOf("\n" + HEADING + "\n");
        assertThat(start).as("heading '%s' in docs/endpoint.md", HEADING).isNotNegative();
        int end = page.indexOf("\n## ", start + HEADING.length() + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
