package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Java mirrors of the contract (enums, field names, default fields) must not drift from it. */
class ContractEnumsTest {
    private final Contract contract = Contract.get();

    static Stream<Arguments> enumsAndTheirContractSchemas() {
        return Stream.of(
                Arguments.of(NumberStatus.class, "WhatsAppAccountNumberStatus"),
                Arguments.of(QualityRating.class, "WhatsAppPhoneNumberQualityRating"),
                Arguments.of(CodeVerificationStatus.class, "WhatsAppCodeVerificationStatus"),
                Arguments.of(NameStatus.class, "WhatsAppDisplayNameStatus"),
                Arguments.of(AccountMode.class, "WhatsAppBusinessSandboxEligibility"),
                Arguments.of(MessagingLimitTier.class, "ObservedMessagingLimitTier"));
    }

    @ParameterizedTest(name = "{0} has exactly the values of {1}")
    @MethodSource("enumsAndTheirContractSchemas")
    void everyJavaEnumHasExactlyTheValuesOfItsContractSchemaInOrder(Class<? extends Enum<?>> type, String schema) {
        assertThat(contract.enumValues(schema))
                .as("enum values of components.schemas.%s", schema)
                .isNotEmpty()
                .containsExactlyElementsOf(names(type));
    }

    @Test
    void documentedMessagingLimitTiersAreExactlyTheEnumOfTheDocumentedSchemaProperty() {
        List<String> documented = Arrays.stream(MessagingLimitTier.values())
                .filter(MessagingLimitTier::documented).map(Enum::name).toList();

        assertThat(contract.enumValues("WhatsAppAccountNumber", "messaging_limit_tier"))
                .containsExactlyElementsOf(documented)
                .containsExactly("TIER_50", "TIER_250", "TIER_1K", "TIER_10K", "TIER_100K", "TIER_UNLIMITED");
    }

    @Test
    void undocumentedTiersAreOnlyTheOnesProductionSends() {
        assertThat(MessagingLimitTier.values())
                .filteredOn(t -> !t.documented())
                .containsExactlyInAnyOrder(MessagingLimitTier.TIER_2K, MessagingLimitTier.TIER_NOT_SET);
    }

    @Test
    void accountFieldWireNamesAreExactlyThePropertiesOfWhatsAppAccountNumber() {
        assertThat(AccountField.wireNames())
                .containsExactlyElementsOf(contract.propertyNames("WhatsAppAccountNumber"))
                .hasSize(13);
        assertThat(contract.propertyNames("ObservedWhatsAppAccountNumber"))
                .containsAll(AccountField.wireNames())
                .contains("throughput", "platform_type", "last_onboarded_time", "whatsapp_business_manager_messaging_limit");
    }

    @Test
    void everyWireNameMapsBackToItsField() {
        for (AccountField field : AccountField.values()) {
            assertThat(AccountField.fromWireName(field.wireName())).contains(field);
        }
        assertThat(AccountField.fromWireName("ID")).isEmpty();
        assertThat(AccountField.fromWireName("qualityRating")).isEmpty();
    }

    @Test
    void defaultFieldsAreTheXDefaultFieldsOfTheFieldsParameter() {
        JsonNode fieldsParam = null;
        for (JsonNode parameter : contract.operation().path("parameters")) {
            if (parameter.path("name").asString().equals("fields")) {
                fieldsParam = parameter;
            }
        }
        assertThat(fieldsParam).as("the 'fields' parameter of the operation").isNotNull();
        List<String> xDefaults = fieldsParam.path("x-default-fields").valueStream().map(JsonNode::asString).toList();

        assertThat(AccountField.DEFAULTS.stream().map(AccountField::wireName).toList())
                .containsExactlyElementsOf(xDefaults)
                .containsExactly("id", "display_phone_number", "status");
    }

    @Test
    void requiredPropertiesOfTheSchemaAreTheDefaultFields() {
        List<String> required = contract.document().path("components").path("schemas")
                .path("WhatsAppAccountNumber").path("required").valueStream().map(JsonNode::asString).toList();

        assertThat(required).containsExactlyInAnyOrderElementsOf(
                AccountField.DEFAULTS.stream().map(AccountField::wireName).toList());
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
