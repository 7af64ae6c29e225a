package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The default account numbers: every documented enum value covered, every field filled, all valid. */
class FixturesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OTHER_WABA = "118347265930471";
    private final List<AccountNumber> numbers = Fixtures.defaults().all();

    @Test
    void fixturesOfTheSameNumbersInTheSameOrderAreEqual() {
        assertThat(Fixtures.of(numbers)).isEqualTo(Fixtures.defaults()).hasSameHashCodeAs(Fixtures.defaults());
        assertThat(Fixtures.of(numbers.subList(1, numbers.size()))).isNotEqualTo(Fixtures.defaults());
    }

    @Test
    void defaultsCoverEveryStatus() {
        assertThat(valuesOf(AccountNumber::status)).containsExactlyInAnyOrder(NumberStatus.values());
    }

    @Test
    void defaultsCoverEveryQualityRating() {
        assertThat(valuesOf(AccountNumber::qualityRating)).containsExactlyInAnyOrder(QualityRating.values());
    }

    @Test
    void defaultsCoverEveryCodeVerificationStatus() {
        assertThat(valuesOf(AccountNumber::codeVerificationStatus))
                .containsExactlyInAnyOrder(CodeVerificationStatus.values());
    }

    @Test
    void defaultsCoverEveryNameStatus() {
        assertThat(valuesOf(AccountNumber::nameStatus)).containsExactlyInAnyOrder(NameStatus.values());
    }

    @Test
    void defaultsCoverEveryDocumentedMessagingLimitTierAndNoOther() {
        assertThat(valuesOf(AccountNumber::messagingLimitTier)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(MessagingLimitTier.values()).filter(MessagingLimitTier::documented).toList());
    }

    @Test
    void defaultsCoverEveryAccountMode() {
        assertThat(valuesOf(AccountNumber::accountMode)).containsExactlyInAnyOrder(AccountMode.values());
    }

    @Test
    void everyDefaultNumberHasEveryFieldFilled() {
        assertThat(numbers).isNotEmpty();
        for (AccountNumber number : numbers) {
            for (AccountField field : AccountField.values()) {
                assertThat(number.value(field)).as("%s of %s", field.wireName(), number.id()).isNotNull();
            }
        }
    }

    @Test
    void defaultIdsAreUniqueAndFindable() {
        assertThat(numbers).extracting(AccountNumber::id).doesNotHaveDuplicates();
        assertThat(Fixtures.defaults().size()).isEqualTo(numbers.size());
        for (AccountNumber number : numbers) {
            assertThat(Fixtures.defaults().find(number.id())).contains(number);
        }
        assertThat(Fixtures.defaults().find("999")).isEmpty();
    }

    @Test
    void everyDefaultNumberSerialisedValidatesAgainstTheContract() {
        for (AccountNumber number : numbers) {
            tools.jackson.databind.node.ObjectNode json = JSON.valueToTree(number);

            List<String> expected = new java.util.ArrayList<>(AccountField.wireNames());
            expected.add("waba_id");
            assertThat(json.propertyNames()).as("serialised %s", number.id()).containsExactlyElementsOf(expected);
            json.remove("waba_id"); // the fixture's account, not a field of the number's answers
            assertThat(Contract.get().violations("WhatsAppAccountNumber", json))
                    .as("violations of %s", json).isEmpty();
        }
    }

    @Test
    void withChangesOneFieldFromItsWireText() {
        AccountNumber first = numbers.get(0);
        AccountNumber changed = first.with(AccountField.QUALITY_RATING, "RED")
                .with(AccountField.IS_OFFICIAL_BUSINESS_ACCOUNT, "false");

        assertThat(changed.qualityRating()).isEqualTo(QualityRating.RED);
        assertThat(changed.isOfficialBusinessAccount()).isFalse();
        assertThat(changed.id()).isEqualTo(first.id());
        assertThat(first.qualityRating()).as("original untouched").isEqualTo(QualityRating.GREEN);
    }

    @Test
    void theSixDefaultNumbersBelongToTwoBusinessAccountsOfThreeEach() {
        assertThat(numbers).extracting(AccountNumber::wabaId).containsOnly(AccountNumber.DEFAULT_WABA_ID, OTHER_WABA);
        assertThat(Fixtures.defaults().ofAccount(AccountNumber.DEFAULT_WABA_ID)).extracting(AccountNumber::id)
                .containsExactly("106540352242922", "113269274970227", "141029384756120");
        assertThat(Fixtures.defaults().ofAccount(OTHER_WABA)).extracting(AccountNumber::id)
                .containsExactly("120948375620148", "129384756102938", "134758291047562");
        assertThat(Fixtures.defaults().ofAccount("999")).isEmpty();
    }

    @Test
    void aNumberBuiltWithoutAnAccountBelongsToTheDefaultOneAndWithKeepsTheAccount() {
        AccountNumber built = new AccountNumber("100000000000001", "+1 555-010-0001", null, NumberStatus.CONNECTED,
                null, null, null, null, null, null, null, null, null);
        AccountNumber moved = built.withWabaId(OTHER_WABA).with(AccountField.QUALITY_RATING, "RED");

        assertThat(built.wabaId()).isEqualTo(AccountNumber.DEFAULT_WABA_ID);
        assertThat(moved.wabaId()).isEqualTo(OTHER_WABA);
        assertThat(moved.withWabaId(null).wabaId()).isEqualTo(AccountNumber.DEFAULT_WABA_ID);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> built.withWabaId("acme"))
                .withMessageContaining("waba_id must be numeric").withMessageContaining("'acme'");
    }

    private <T> Set<T> valuesOf(Function<AccountNumber, T> getter) {
        return numbers.stream().map(getter).collect(Collectors.toSet());
    }
}
