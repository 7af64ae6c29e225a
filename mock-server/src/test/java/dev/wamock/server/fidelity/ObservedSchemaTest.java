package dev.wamock.server.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.scenarios.Contract;
import dev.wamock.scenarios.ErrorSpec;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.ProfileOptions;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Every graph-observed answer validates against the contract: 200s against
 * ObservedWhatsAppAccountNumber (selection-aware), errors against ObservedGraphAPIError, with
 * production's headers (rows 3, 8, 15) on each. One test per row-rule of real-graph-behaviour.md.
 */
class ObservedSchemaTest {
    private static final Contract CONTRACT = Contract.get();
    @RegisterExtension
    static final ServerFixture OBSERVED = ServerFixture.with(b -> b.profile(Profile.GRAPH_OBSERVED));

    /** A 200 that validates for the fields the request selected (defaults when {@code fields} is null). */
    private static JsonNode ok(WamockServer server, String version, String id, String fields) {
        Reply reply = Http.to(server).graph("/" + version + "/" + id + (fields == null ? "" : "?fields=" + fields));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertGraphHeaders(reply, version);
        List<String> selected = fields == null ? List.of("id", "display_phone_number", "status") : Arrays.asList(fields.split(","));
        assertThat(CONTRACT.violations("ObservedWhatsAppAccountNumber", reply.json(), selected)).as("%s", reply).isEmpty();
        return reply.json();
    }

    /** An error that validates against ObservedGraphAPIError, with its WWW-Authenticate kind (row 8). */
    private static JsonNode error(Reply reply, int status, int code, Integer subcode, String authenticateKind) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(CONTRACT.violations("ObservedGraphAPIError", reply.json())).as("%s", reply).isEmpty();
        JsonNode error = reply.json().path("error");
        assertThat(error.path("code").asInt()).isEqualTo(code);
        assertThat(error.path("error_subcode").isMissingNode() ? null : error.path("error_subcode").asInt()).isEqualTo(subcode);
        assertThat(error.path("fbtrace_id").asString()).isEqualTo(reply.header("x-fb-trace-id"));
        assertThat(reply.header("WWW-Authenticate")).as("WWW-Authenticate")
                .startsWith("OAuth \"Facebook Platform\" \"" + authenticateKind + "\" \"");
        return error;
    }

    private static void assertGraphHeaders(Reply reply, String version) {
        assertThat(reply.header("facebook-api-version")).isEqualTo(version);
        assertThat(reply.header("x-fb-trace-id")).isNotBlank();
        assertThat(reply.header("x-fb-request-id")).isNotBlank();
        assertThat(reply.header("x-app-usage")).startsWith("{\"call_count\":");
        assertThat(reply.header("Cache-Control")).isEqualTo("private, no-cache, no-store, must-revalidate");
    }

    @Test
    void row1UnknownVersionIs400Code2500() {
        JsonNode e = error(OBSERVED.http().graph("/v2.80/" + Http.NUMBER), 400, 2500, null, "invalid_request");
        assertThat(e.path("message").asString()).isEqualTo("Unknown path components: /v2.80/" + Http.NUMBER);
        assertThat(e.path("type").asString()).isEqualTo("OAuthException");
    }

    @Test
    void row5MissingTokenIsCode104() {
        JsonNode e = error(OBSERVED.http().withToken(null).number(), 400, 104, null, "invalid_token");
        assertThat(e.path("message").asString()).isEqualTo("An access token is required to request this resource.");
    }

    @ParameterizedTest(name = "row 6: {0}… → 190/{1}")
    @CsvSource({"expired-,463", "invalid-session-,492", "invalid-,467", "password-changed-,460",
            "app-not-installed-,458", "checkpoint-,459", "unconfirmed-,464"})
    void row6TokenKinds(String prefix, int subcode) {
        error(OBSERVED.http().withToken(prefix + "x").number(), 400, 190, subcode, "invalid_token");
    }

    @Test
    void row6TokenErrorStatusOption401() {
        try (WamockServer server = Fidelity.start(new ProfileOptions(Profile.GRAPH_OBSERVED, 400, 401))) {
            error(Http.to(server).withToken("expired-x").number(), 401, 190, 463, "invalid_token");
            error(Http.to(server).withToken(null).number(), 401, 104, null, "invalid_token");
            error(Http.to(server).graph("/v23.0/" + Fidelity.magic("http-401")), 401, 190, 463, "invalid_token");
        }
    }

    @Test
    void row9UnknownFieldIs400NonexistingField() {
        JsonNode e = error(OBSERVED.http().graph("/v23.0/" + Http.NUMBER + "?fields=id,colour"),
                400, 100, null, "invalid_request");
        assertThat(e.path("message").asString())
                .isEqualTo("(#100) Tried accessing nonexisting field (colour) on node type (WhatsAppBusinessPhoneNumber)");
    }

    @Test
    void row10UnknownIdIs400Code100Subcode33() {
        JsonNode e = error(OBSERVED.http().graph("/v23.0/999999999999"), 400, 100, 33, "not_found");
        assertThat(e.path("type").asString()).isEqualTo("GraphMethodException");
    }

    @Test
    void rows7And12BusinessQuotaIs80007WithErrorData() {
        try (WamockServer server = Fidelity.start(Profile.GRAPH_OBSERVED)) {
            server.use(Scenario.of("waba", Step.rateLimit(Answer.RateLimit.calls(100).per(Duration.ofHours(1))
                    .businessCalls(1))));
            ok(server, "v23.0", Http.NUMBER, null);

            Reply reply = Http.to(server).number();

            JsonNode e = error(reply, 400, 80007, null, "invalid_request");
            assertThat(e.path("error_data").path("messaging_product").asString()).isEqualTo("whatsapp");
            assertThat(e.path("is_transient").asBoolean()).isTrue();
            assertThat(reply.header("x-business-use-case-usage")).contains("\"whatsapp_business_management\"");
        }
    }

    @Test
    void row7AnErrorSpecWithCode80007GetsErrorDataAndTheCodeInItsMessage() {
        try (WamockServer server = Fidelity.start(Profile.GRAPH_OBSERVED)) {
            // status 400: an ErrorSpec inherits the unset parts (here the subcode) of that status's documented error
            server.use(Scenario.of("waba-spec", Step.error(ErrorSpec.status(400).code(80007).type("OAuthException")
                    .message("There have been too many calls to this WhatsApp Business account.").isTransient(true))));

            JsonNode e = error(Http.to(server).number(), 400, 80007, null, "invalid_request");

            assertThat(e.path("message").asString()).startsWith("(#80007) There have been too many calls");
            assertThat(e.path("error_data").path("messaging_product").asString()).isEqualTo("whatsapp");
        }
    }

    @Test
    void row12RateLimitStatusOption429() {
        try (WamockServer server = Fidelity.start(new ProfileOptions(Profile.GRAPH_OBSERVED, 429, 400))) {
            JsonNode e = error(Http.to(server).graph("/v23.0/" + Fidelity.magic("http-429")), 429, 4, 2446079, "invalid_request");
            assertThat(e.path("message").asString()).isEqualTo("(#4) Application request limit reached");
        }
        JsonNode e = error(OBSERVED.http().graph("/v23.0/" + Fidelity.magic("http-429")), 400, 4, 2446079, "invalid_request");
        assertThat(e.path("is_transient").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1} code {2}")
    @CsvSource({"http-400,400,100,,invalid_request", "http-401,400,190,463,invalid_token",
            "http-403,403,200,1349174,invalid_request", "http-404,400,100,33,not_found", "http-422,400,100,,invalid_request",
            "http-429,400,4,2446079,invalid_request", "http-500,500,2,,invalid_request"})
    void everyBuiltInErrorValidates(String builtIn, int status, int code, Integer subcode, String kind) {
        error(OBSERVED.http().graph("/v23.0/" + Fidelity.magic(builtIn)), status, code, subcode, kind);
    }

    @Test
    void rows16To19Every200Validates() {
        List<String> all = new ArrayList<>(Fidelity.DOCUMENTED_FIELDS);
        all.addAll(Fidelity.OBSERVED_FIELDS);
        String allFields = Fidelity.fields(all);
        ok(OBSERVED.server(), "v23.0", Http.NUMBER, null);
        JsonNode body = ok(OBSERVED.server(), "v23.0", Http.NUMBER, allFields);
        assertThat(body.propertyNames()).containsExactlyInAnyOrderElementsOf(all);
        for (CatalogueEntry builtIn : BuiltInScenarios.all()) {
            if (builtIn.magicNumber().matches("5550[1-6]\\d+") || builtIn.name().equals("http-200")) {
                ok(OBSERVED.server(), "v23.0", builtIn.magicNumber(), allFields);
            }
        }
    }

    @Test
    void row17FromV24TheTierFieldIsNullAndTheNewOneCarriesIt() {
        JsonNode v24 = ok(OBSERVED.server(), "v24.0", Http.NUMBER, "id,messaging_limit_tier,whatsapp_business_manager_messaging_limit");
        assertThat(v24.path("messaging_limit_tier").isNull()).isTrue();
        assertThat(v24.path("whatsapp_business_manager_messaging_limit").asString()).isEqualTo("TIER_UNLIMITED");

        JsonNode v23 = ok(OBSERVED.server(), "v23.0", Http.NUMBER, "id,messaging_limit_tier");
        assertThat(v23.path("messaging_limit_tier").asString()).isEqualTo("TIER_UNLIMITED");
        error(OBSERVED.http().graph("/v23.0/" + Http.NUMBER + "?fields=id,whatsapp_business_manager_messaging_limit"),
                400, 100, null, "invalid_request");
    }

    @Test
    void extraFieldsAreTheOnlyThingTheSchemaRejects() {
        try (WamockServer server = Fidelity.start(Profile.GRAPH_OBSERVED)) {
            server.use(Scenario.of("new-field", Step.passThrough().withExtraFields(Map.of("brand_new_field", 42))));

            Reply reply = Http.to(server).graph("/v23.0/" + Http.NUMBER + "?fields=id,status");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("brand_new_field").asInt()).isEqualTo(42);
            assertThat(CONTRACT.violations("ObservedWhatsAppAccountNumber", reply.json(), List.of("id", "status")))
                    .singleElement().asString().contains("brand_new_field");
        }
    }

    @Test
    void observedOnlyFieldsAre422InDocumented() {
        try (WamockServer documented = Fidelity.start(Profile.DOCUMENTED)) {
            for (String field : Stream.concat(Fidelity.OBSERVED_FIELDS.stream(),
                    Stream.of("whatsapp_business_manager_messaging_limit")).toList()) {
                Reply reply = Http.to(documented).graph("/v24.0/" + Http.NUMBER + "?fields=id," + field);
                assertThat(reply.status()).as("%s: %s", field, reply).isEqualTo(422);
                assertThat(CONTRACT.violations("GraphAPIError", reply.json())).isEmpty();
                assertThat(reply.header("WWW-Authenticate")).as("documented sends no WWW-Authenticate").isNull();
            }
        }
    }

    /** docs/scenarios.md: tier-2k and tier-not-set send production's tier names in either profile. */
    @Test
    void documentedStateBuiltInsValidateAgainstTheDocumentedSchemaButTheTwoProductionTiers() {
        try (WamockServer documented = Fidelity.start(Profile.DOCUMENTED)) {
            List<String> invalid = new ArrayList<>();
            for (CatalogueEntry builtIn : BuiltInScenarios.all()) {
                if (!builtIn.magicNumber().matches("5550[1-6]\\d+")) {
                    continue;
                }
                Reply reply = Http.to(documented).graph("/v23.0/" + builtIn.magicNumber() + "?fields="
                        + Fidelity.fields(Fidelity.DOCUMENTED_FIELDS));
                if (!CONTRACT.violations("WhatsAppAccountNumber", reply.json()).isEmpty()) {
                    invalid.add(builtIn.name());
                    assertThat(CONTRACT.violations("ObservedWhatsAppAccountNumber", reply.json())).isEmpty();
                }
            }
            assertThat(invalid).containsExactlyInAnyOrder("tier-2k", "tier-not-set");
        }
    }
}
