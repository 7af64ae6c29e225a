package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@link Contract#violations} names the JSON pointer and the rule each invalid body breaks. */
class ContractSchemaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VALID = """
            {"id": "106540352242922", "display_phone_number": "+1 555-010-4821", "status": "CONNECTED"}""";

    private final Contract contract = Contract.get();

    @Test
    void aValidBodyHasNoViolations() {
        assertThat(contract.violations("WhatsAppAccountNumber", JSON.readTree(VALID))).isEmpty();
    }

    @Test
    void anUnknownStatusIsReportedAtItsPointerWithTheEnumRule() {
        JsonNode body = JSON.readTree(VALID.replace("CONNECTED", "BOGUS"));

        assertThat(contract.violations("WhatsAppAccountNumber", body))
                .singleElement().asString()
                .startsWith("/status: ")
                .containsIgnoringCase("enum")
                .contains("CONNECTED");
    }

    @Test
    void aMissingRequiredIdIsReportedAtTheRootWithTheRequiredRule() {
        JsonNode body = JSON.readTree("{\"display_phone_number\": \"+1\", \"status\": \"PENDING\"}");

        assertThat(contract.violations("WhatsAppAccountNumber", body))
                .singleElement().asString()
                .startsWith("/: ")
                .contains("required")
                .contains("id");
    }

    @Test
    void anExtraPropertyIsReportedWithTheAdditionalPropertiesRule() {
        JsonNode body = JSON.readTree(VALID.replace("}", ", \"colour\": \"blue\"}"));

        assertThat(contract.violations("WhatsAppAccountNumber", body))
                .singleElement().asString()
                .contains("colour")
                .containsPattern("(?i)not (allowed|defined)|additional");
    }

    @Test
    void aWrongTypeIsReportedAtItsPointer() {
        JsonNode body = JSON.readTree(VALID.replace("}", ", \"is_official_business_account\": \"yes\"}"));

        assertThat(contract.violations("WhatsAppAccountNumber", body))
                .singleElement().asString()
                .startsWith("/is_official_business_account: ")
                .contains("boolean");
    }

    @Test
    void everyViolationOfAnErrorBodyIsListed() {
        JsonNode body = JSON.readTree("{\"error\": {\"message\": \"m\", \"code\": \"one\", \"extra\": 1}}");

        assertThat(contract.violations("GraphAPIError", body))
                .hasSize(3)
                .anySatisfy(v -> assertThat(v).startsWith("/error: ").contains("type"))
                .anySatisfy(v -> assertThat(v).startsWith("/error/code: ").contains("integer"))
                .anySatisfy(v -> assertThat(v).contains("extra"));
    }

    @Test
    void anUndocumentedTierIsValidOnlyAgainstTheObservedSchema() {
        JsonNode body = JSON.readTree(VALID.replace("}", ", \"messaging_limit_tier\": \"TIER_2K\"}"));

        assertThat(contract.violations("WhatsAppAccountNumber", body))
                .singleElement().asString().startsWith("/messaging_limit_tier: ");
        assertThat(contract.violations("ObservedWhatsAppAccountNumber", body)).isEmpty();
    }

    @Test
    void anUnknownSchemaNameFailsListingTheSchemas() {
        assertThatThrownBy(() -> contract.violations("Nope", JSON.readTree(VALID)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Nope'")
                .hasMessageContaining("WhatsAppAccountNumber");
    }

    @Test
    void aPageOfTheListEdgeValidatesItemByItemAndNeedsBothCursors() {
        String page = "{\"data\": [" + VALID + "], \"paging\": {\"cursors\": {\"before\": \"MTA2\", \"after\": \"MTA2\"},"
                + " \"next\": \"http://127.0.0.1:8080/v23.0/104996122399160/phone_numbers?after=MTA2\"}}";

        assertThat(contract.violations("WhatsAppBusinessAccountPhoneNumbers", JSON.readTree(page))).isEmpty();
        assertThat(contract.violations("WhatsAppBusinessAccountPhoneNumbers", JSON.readTree(page.replace("CONNECTED", "BOGUS"))))
                .singleElement().asString().startsWith("/data/0/status: ");
        assertThat(contract.violations("WhatsAppBusinessAccountPhoneNumbers",
                JSON.readTree(page.replace("\"before\": \"MTA2\", ", "")))).singleElement().asString()
                .startsWith("/paging/cursors: ").contains("before");
        assertThat(contract.violations("ObservedWhatsAppBusinessAccountPhoneNumbers",
                JSON.readTree(page.replace("}], ", ", \"platform_type\": \"CLOUD_API\"}], ")))).isEmpty();
    }

    @Test
    void theListEdgesLimitIsOneToAHundredTwentyFiveByDefaultAsMetaDocumentsIt() {
        assertThat(contract.listOperation().path("operationId").asString()).isEqualTo("getWhatsAppBusinessAccountPhoneNumbers");
        JsonNode limit = contract.listParameter("limit");

        assertThat(limit.path("default").asInt()).isEqualTo(25);
        assertThat(limit.path("minimum").asInt()).isEqualTo(1);
        assertThat(limit.path("maximum").asInt()).isEqualTo(100);
        assertThat(contract.listParameter("nope").isMissingNode()).isTrue();
    }

    @Test
    void theShippedYamlIsTheParsedDocument() {
        assertThat(contract.yaml()).startsWith("openapi: 3.1.0");
        assertThat(contract.document().path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(contract.operation().path("operationId").asString()).isEqualTo("getWhatsAppAccountNumberDetails");
    }

    @Test
    void aCallerThatChangesTheDocumentItGotChangesNothingTheContractAnswersLater() {
        ObjectNode document = (ObjectNode) contract.document();
        document.put("openapi", "changed");
        ((ObjectNode) document.path("components").path("schemas")).remove("WhatsAppAccountNumber");
        ((ObjectNode) contract.operation()).put("operationId", "changed");
        ((ObjectNode) contract.listOperation()).put("operationId", "changed");
        ((ObjectNode) contract.listParameter("limit")).put("default", 1);

        assertThat(contract.document().path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(contract.violations("WhatsAppAccountNumber", JSON.readTree(VALID))).isEmpty();
        assertThat(contract.operation().path("operationId").asString()).isEqualTo("getWhatsAppAccountNumberDetails");
        assertThat(contract.listOperation().path("operationId").asString()).isEqualTo("getWhatsAppBusinessAccountPhoneNumbers");
        assertThat(contract.listParameter("limit").path("default").asInt()).isEqualTo(25);
    }
}
