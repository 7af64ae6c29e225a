package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.AccountMode;
import dev.wamock.scenarios.CodeVerificationStatus;
import dev.wamock.scenarios.MessagingLimitTier;
import dev.wamock.scenarios.NameStatus;
import dev.wamock.scenarios.NumberStatus;
import dev.wamock.scenarios.QualityRating;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.ServerFixture;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Typed assertions on the fields of account number details. */
class AccountNumberAssertTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();
    private static final String FLAGGED = "{\"id\":\"120948375620148\",\"display_phone_number\":\"+49 1522 3456789\","
            + "\"status\":\"FLAGGED\",\"quality_rating\":\"RED\"}";

    @Test
    void everyTypedFieldOfARealAnswerCanBeChecked() {
        HttpResponse<String> all = SERVER.http().response("/v23.0/" + Http.NUMBER + "?fields=id,status,quality_rating,messaging_limit_tier,"
                + "name_status,code_verification_status,account_mode,is_official_business_account");

        assertThat(all).isAccountNumber()
                .hasId(Requests.NUMBER)
                .hasStatus(NumberStatus.CONNECTED)
                .hasQualityRating(QualityRating.GREEN)
                .hasMessagingLimitTier(MessagingLimitTier.TIER_UNLIMITED)
                .hasNameStatus(NameStatus.APPROVED)
                .hasCodeVerificationStatus(CodeVerificationStatus.VERIFIED)
                .hasAccountMode(AccountMode.LIVE)
                .hasField("is_official_business_account", true)
                .hasField("quality_rating", "GREEN");
    }

    @Test
    void theDefaultFieldsAreExactlyIdDisplayPhoneNumberAndStatus() {
        HttpResponse<String> defaults = SERVER.http().response("/v23.0/" + Http.NUMBER);

        assertThat(defaults).isAccountNumber().hasOnlyFields("status", "id", "display_phone_number");
    }

    @Test
    void anotherStatusFailsWithBothValuesAndTheBody() {
        assertThatThrownBy(() -> assertThat(200, FLAGGED).isAccountNumber().hasStatus(NumberStatus.CONNECTED))
                .hasMessage(text("""

                        Expecting the account number's status to be:
                          "CONNECTED"
                        but was:
                          "FLAGGED"
                        in body:
                          {"id":"120948375620148","display_phone_number":"+49 1522 3456789","status":"FLAGGED","quality_rating":"RED"}"""));
    }

    @Test
    void anotherQualityRatingFails() {
        assertThatThrownBy(() -> assertThat(200, FLAGGED).isAccountNumber().hasQualityRating(QualityRating.GREEN))
                .hasMessageContaining(text("""
                        Expecting the account number's quality_rating to be:
                          "GREEN"
                        but was:
                          "RED"
                        """));
    }

    @Test
    void aFieldTheAnswerLacksFailsAsAbsent() {
        assertThatThrownBy(() -> assertThat(200, FLAGGED).isAccountNumber().hasMessagingLimitTier(MessagingLimitTier.TIER_1K))
                .hasMessage(text("""

                        Expecting the account number's messaging_limit_tier to be:
                          "TIER_1K"
                        but the field was absent
                        in body:
                          {"id":"120948375620148","display_phone_number":"+49 1522 3456789","status":"FLAGGED","quality_rating":"RED"}"""));
    }

    @Test
    void eachOtherTypedFieldFailsTheSameWay() {
        String pending = "{\"id\":\"1\",\"display_phone_number\":\"+1\",\"status\":\"PENDING\",\"name_status\":\"DECLINED\","
                + "\"code_verification_status\":\"UNVERIFIED\",\"account_mode\":\"SANDBOX\"}";

        assertThatThrownBy(() -> assertThat(200, pending).isAccountNumber().hasNameStatus(NameStatus.APPROVED))
                .hasMessageContaining("name_status to be:" + text("\n  \"APPROVED\"\nbut was:\n  \"DECLINED\""));
        assertThatThrownBy(() -> assertThat(200, pending).isAccountNumber()
                .hasCodeVerificationStatus(CodeVerificationStatus.VERIFIED))
                .hasMessageContaining("code_verification_status to be:" + text("\n  \"VERIFIED\"\nbut was:\n  \"UNVERIFIED\""));
        assertThatThrownBy(() -> assertThat(200, pending).isAccountNumber().hasAccountMode(AccountMode.LIVE))
                .hasMessageContaining("account_mode to be:" + text("\n  \"LIVE\"\nbut was:\n  \"SANDBOX\""));
        assertThatThrownBy(() -> assertThat(200, pending).isAccountNumber().hasId("2"))
                .hasMessageContaining("id to be:" + text("\n  \"2\"\nbut was:\n  \"1\""));
    }

    @Test
    void hasFieldComparesTypedValuesAsJson() {
        String body = "{\"id\":\"1\",\"display_phone_number\":\"+1\",\"status\":\"PENDING\",\"is_official_business_account\":false}";

        assertThatThrownBy(() -> assertThat(200, body).isAccountNumber().hasField("is_official_business_account", true))
                .hasMessage(text("""

                        Expecting the account number's is_official_business_account to be:
                          true
                        but was:
                          false
                        in body:
                          {"id":"1","display_phone_number":"+1","status":"PENDING","is_official_business_account":false}"""));
    }

    @Test
    void aFieldNameOutsideTheContractIsAMistakeInTheTest() {
        assertThatThrownBy(() -> assertThat(200, FLAGGED).isAccountNumber().hasField("qualty_rating", "RED"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown account number field 'qualty_rating'; valid fields: [id, display_phone_number,");
    }

    @Test
    void extraOrMissingFieldsFailHasOnlyFields() {
        assertThatThrownBy(() -> assertThat(200, FLAGGED).isAccountNumber().hasOnlyFields("id", "status", "name_status"))
                .hasMessage(text("""

                        Expecting the account number to have only the fields:
                          id, status, name_status
                        but it had:
                          id, display_phone_number, status, quality_rating
                        missing: name_status
                        unexpected: display_phone_number, quality_rating"""));
    }

    @Test
    void typedAssertionsOnAnErrorSayItIsNoAccountNumber() {
        assertThatThrownBy(() -> new AccountNumberAssert(GraphResponse.of(500, "{}")).hasStatus(NumberStatus.CONNECTED))
                .hasMessage(text("""

                        Expecting response:
                          HTTP 500 {}
                        to be account number details (HTTP 2xx with a JSON object body)
                        but the status was 500"""));
    }
}
