package dev.wamock.server.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.restfb.DefaultFacebookClient;
import com.restfb.Parameter;
import com.restfb.exception.FacebookJsonMappingException;
import com.restfb.json.JsonObject;
import com.restfb.types.whatsapp.WhatsAppBusinessPhoneNumber;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 200s through RestFB: every field a number has lands in RestFB's {@link WhatsAppBusinessPhoneNumber},
 * with and without {@code fields}, in both profiles; and every value of the built-in state scenarios
 * either parses or is one of the values RestFB's enums do not know (docs/fidelity.md, "What RestFB
 * cannot parse").
 */
class RestFbFieldsTest extends BothProfiles {
    @Test
    void withoutFieldsDocumentedAnswersEndpointMdsDefaultFields() {
        WhatsAppBusinessPhoneNumber number = Fidelity.restFb(documented()).fetchObject(Http.NUMBER, WhatsAppBusinessPhoneNumber.class);

        assertThat(fieldNames(DOCUMENTED.http().number()))
                .containsExactly("id", "display_phone_number", "status");
        assertThat(number.getId()).isEqualTo(Http.NUMBER);
        assertThat(number.getDisplayPhoneNumber()).isEqualTo("+1 555-010-4821");
        assertThat(number.getStatus()).isEqualTo(WhatsAppBusinessPhoneNumber.Status.CONNECTED);
        assertThat(number.getVerifiedName()).as("not a default field").isNull();
    }

    /** Row 16: Meta's OpenAPI, getPhoneNumberById, "only default fields (id, display_phone_number, verified_name, quality_rating)". */
    @Test
    void withoutFieldsGraphObservedAnswersProductionsDefaultFields() {
        WhatsAppBusinessPhoneNumber number = Fidelity.restFb(observed()).fetchObject(Http.NUMBER, WhatsAppBusinessPhoneNumber.class);

        assertThat(fieldNames(OBSERVED.http().number()))
                .containsExactly("id", "display_phone_number", "verified_name", "quality_rating");
        assertThat(number.getId()).isEqualTo(Http.NUMBER);
        assertThat(number.getDisplayPhoneNumber()).isEqualTo("+1 555-010-4821");
        assertThat(number.getVerifiedName()).isEqualTo("Acme Support");
        assertThat(number.getQualityScore().getScore()).as("quality_rating, via RestFB's quality_score shape").isEqualTo("GREEN");
        assertThat(number.getStatus()).as("not a default field in production").isNull();
    }

    private static List<String> fieldNames(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return new ArrayList<>(reply.json().propertyNames());
    }

    @Test
    void documentedProfileEveryDocumentedFieldPopulatesRestFbsType() {
        DefaultFacebookClient client = Fidelity.restFb(documented());
        Parameter fields = Parameter.with("fields", Fidelity.fields(Fidelity.DOCUMENTED_FIELDS));

        WhatsAppBusinessPhoneNumber number = client.fetchObject(Http.NUMBER, WhatsAppBusinessPhoneNumber.class, fields);

        assertDocumentedFields(number);
        // RestFB's type has no country_code / country_dial_code: its raw JSON has them
        JsonObject raw = client.fetchObject(Http.NUMBER, JsonObject.class, fields);
        assertThat(raw.getString("country_code", null)).isEqualTo("US");
        assertThat(raw.getString("country_dial_code", null)).isEqualTo("1");
    }

    @Test
    void graphObservedProfileAlsoPopulatesThroughputPlatformTypeAndLastOnboardedTime() {
        List<String> all = new ArrayList<>(Fidelity.DOCUMENTED_FIELDS);
        all.addAll(Fidelity.OBSERVED_FIELDS);

        WhatsAppBusinessPhoneNumber number = Fidelity.restFb(observed()).fetchObject(Http.NUMBER,
                WhatsAppBusinessPhoneNumber.class, Parameter.with("fields", Fidelity.fields(all)));

        assertDocumentedFields(number);
        assertThat(number.getThroughput().getLevel()).isEqualTo(WhatsAppBusinessPhoneNumber.Throughput.Level.HIGH);
        assertThat(number.getPlatformType()).isEqualTo(WhatsAppBusinessPhoneNumber.PlatformType.CLOUD_API);
        assertThat(number.getLastOnboardedTime()).as("last_onboarded_time parsed as a Date").isNotNull();
    }

    private static void assertDocumentedFields(WhatsAppBusinessPhoneNumber number) {
        assertThat(number.getId()).isEqualTo(Http.NUMBER);
        assertThat(number.getDisplayPhoneNumber()).isEqualTo("+1 555-010-4821");
        assertThat(number.getVerifiedName()).isEqualTo("Acme Support");
        assertThat(number.getStatus()).isEqualTo(WhatsAppBusinessPhoneNumber.Status.CONNECTED);
        assertThat(number.getQualityScore().getScore()).as("quality_rating, via RestFB's quality_score shape").isEqualTo("GREEN");
        assertThat(number.getCodeVerificationStatus()).isEqualTo(WhatsAppBusinessPhoneNumber.CodeVerificationStatus.VERIFIED);
        assertThat(number.getNameStatus()).isEqualTo(WhatsAppBusinessPhoneNumber.NameStatus.APPROVED);
        assertThat(number.getMessagingLimitTier()).isEqualTo(WhatsAppBusinessPhoneNumber.MessagingLimitTier.TIER_UNLIMITED);
        assertThat(number.getAccountMode()).isEqualTo(WhatsAppBusinessPhoneNumber.AccountMode.LIVE);
        assertThat(number.getCertificate()).startsWith("CmQKIAiK3b7G");
        assertThat(number.getIsOfficialBusinessAccount()).isTrue();
    }

    /**
     * The built-in state scenarios (groups 01–06) whose value RestFB 2025.15.0's enums lack: RestFB then
     * fails the whole fetch with {@link FacebookJsonMappingException}, not just the one field.
     */
    private static final List<String> RESTFB_CANNOT_PARSE = List.of(
            "code-verification-unverified: CodeVerificationStatus",
            "tier-2k: MessagingLimitTier",
            "tier-not-set: MessagingLimitTier");

    @Test
    void everyStateBuiltInParsesExceptTheValuesRestFbsEnumsLack() {
        for (WamockServer server : List.of(documented(), observed())) {
            DefaultFacebookClient client = Fidelity.restFb(server);
            Parameter fields = Parameter.with("fields", Fidelity.fields(Fidelity.DOCUMENTED_FIELDS));
            List<String> unparsed = new ArrayList<>();
            for (CatalogueEntry builtIn : BuiltInScenarios.all()) {
                if (!builtIn.magicNumber().matches("5550[1-6]\\d+")) {
                    continue;
                }
                JsonObject raw = client.fetchObject(builtIn.magicNumber(), JsonObject.class, fields);
                WhatsAppBusinessPhoneNumber number;
                try {
                    number = client.fetchObject(builtIn.magicNumber(), WhatsAppBusinessPhoneNumber.class, fields);
                } catch (FacebookJsonMappingException e) {
                    String type = e.getMessage().replaceFirst("(?s).*WhatsAppBusinessPhoneNumber\\$(\\w+).*", "$1");
                    unparsed.add(builtIn.name() + ": " + type);
                    continue;
                }
                Map<String, String> parsed = Map.of(
                        "status", String.valueOf(number.getStatus()),
                        "quality_rating", number.getQualityScore().getScore(),
                        "code_verification_status", String.valueOf(number.getCodeVerificationStatus()),
                        "name_status", String.valueOf(number.getNameStatus()),
                        "messaging_limit_tier", String.valueOf(number.getMessagingLimitTier()),
                        "account_mode", String.valueOf(number.getAccountMode()));
                parsed.forEach((field, value) -> assertThat(value)
                        .as("%s: RestFB's %s", builtIn.name(), field).isEqualTo(raw.getString(field, null)));
            }
            assertThat(unparsed).as("built-ins RestFB cannot map (%s)", server.options().profile().profile())
                    .containsExactlyInAnyOrderElementsOf(RESTFB_CANNOT_PARSE);
        }
    }

    @Test
    void aDefaultFixtureWithUnverifiedCodeVerificationBreaksRestFbInBothProfiles() {
        for (WamockServer server : List.of(documented(), observed())) {
            assertThatThrownBy(() -> Fidelity.restFb(server).fetchObject("113269274970227", WhatsAppBusinessPhoneNumber.class,
                    Parameter.with("fields", "id,code_verification_status")))
                    .isInstanceOf(FacebookJsonMappingException.class)
                    .hasMessageContaining("CodeVerificationStatus");
        }
    }
}
