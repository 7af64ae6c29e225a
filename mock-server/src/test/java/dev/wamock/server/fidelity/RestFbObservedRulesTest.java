package dev.wamock.server.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.restfb.DebugHeaderInfo;
import com.restfb.DefaultFacebookClient;
import com.restfb.Parameter;
import com.restfb.Version;
import com.restfb.exception.FacebookException;
import com.restfb.exception.FacebookGraphException;
import com.restfb.exception.FacebookNetworkException;
import com.restfb.exception.FacebookOAuthException;
import com.restfb.json.JsonObject;
import com.restfb.types.whatsapp.WhatsAppBusinessPhoneNumber;
import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The graph-observed rules (real-graph-behaviour.md rows 1, 5, 6, 7, 9, 10, 14, 17, 18) as RestFB meets
 * them, next to what the same call meets in the documented profile.
 */
class RestFbObservedRulesTest extends BothProfiles {
    private static FacebookException fetchFails(DefaultFacebookClient client, String id, String fields) {
        return catchThrowableOfType(FacebookException.class,
                () -> client.fetchObject(id, WhatsAppBusinessPhoneNumber.class, Parameter.with("fields", fields)));
    }

    /** The typed exception, with the trace ID RestFB read from the body equal to the one in its header info. */
    private static FacebookGraphException graphError(FacebookException thrown, Class<?> type, int status, int code,
                                                     Integer subcode) {
        assertThat(thrown).isExactlyInstanceOf(type);
        FacebookGraphException e = (FacebookGraphException) thrown;
        assertThat(e.getHttpStatusCode()).as("HTTP status").isEqualTo(status);
        assertThat(e.getErrorCode()).as("code").isEqualTo(code);
        assertThat(e.getErrorSubcode()).as("error_subcode").isEqualTo(subcode);
        assertThat(e.getFbtraceId()).isNotBlank().isEqualTo(e.getDebugHeaderInfo().getTraceId());
        return e;
    }

    @ParameterizedTest(name = "row 6: token {0}… → 190/{1}")
    @CsvSource({"expired-,463", "invalid-session-,492", "invalid-,467", "password-changed-,460",
            "app-not-installed-,458", "checkpoint-,459", "unconfirmed-,464"})
    void tokenKindsSurfaceAsOAuthExceptionsWithTheirSubcode(String prefix, int subcode) {
        String token = prefix + "abc123";

        FacebookException thrown = fetchFails(Fidelity.restFb(observed(), token, Version.VERSION_23_0), Http.NUMBER, "id");

        FacebookGraphException e = graphError(thrown, FacebookOAuthException.class, 400, 190, subcode);
        assertThat(e.getIsTransient()).isFalse();
        assertThat(e.getErrorMessage()).startsWith("Error validating access token");
        // documented: any token is a good token
        assertThat(Fidelity.restFb(documented(), token, Version.VERSION_23_0)
                .fetchObject(Http.NUMBER, WhatsAppBusinessPhoneNumber.class).getId()).isEqualTo(Http.NUMBER);
    }

    @Test
    void row5MissingTokenIsCode104InGraphObservedAnd401InDocumented() {
        FacebookException observedError = fetchFails(Fidelity.restFb(observed(), null, Version.VERSION_23_0), Http.NUMBER, "id");
        FacebookException documentedError = fetchFails(Fidelity.restFb(documented(), null, Version.VERSION_23_0), Http.NUMBER, "id");

        assertThat(graphError(observedError, FacebookOAuthException.class, 400, 104, null).getErrorMessage())
                .isEqualTo("An access token is required to request this resource.");
        graphError(documentedError, FacebookOAuthException.class, 401, 190, 463);
    }

    @Test
    void row9UnknownFieldIsA400RestFbCanReadOnlyInGraphObserved() {
        FacebookException observedError = fetchFails(Fidelity.restFb(observed()), Http.NUMBER, "id,colour");
        FacebookException documentedError = fetchFails(Fidelity.restFb(documented()), Http.NUMBER, "id,colour");

        assertThat(graphError(observedError, FacebookOAuthException.class, 400, 100, null).getErrorMessage())
                .isEqualTo("(#100) Tried accessing nonexisting field (colour) on node type (WhatsAppBusinessPhoneNumber)");
        assertThat(documentedError).isExactlyInstanceOf(FacebookNetworkException.class);
        assertThat(((FacebookNetworkException) documentedError).getHttpStatusCode()).isEqualTo(422);
    }

    @Test
    void row10UnknownIdIs400Code100Subcode33InGraphObservedAnd404Code803InDocumented() {
        FacebookException observedError = fetchFails(Fidelity.restFb(observed()), "999999999999", "id");
        FacebookException documentedError = fetchFails(Fidelity.restFb(documented()), "999999999999", "id");

        FacebookGraphException e = graphError(observedError, FacebookGraphException.class, 400, 100, 33);
        assertThat(e.getErrorType()).isEqualTo("GraphMethodException");
        assertThat(e.getErrorMessage()).startsWith("Unsupported get request. Object with ID '999999999999' does not exist");
        graphError(documentedError, FacebookGraphException.class, 404, 803, null);
    }

    @Test
    void row1UnknownVersionIsCode2500InGraphObserved() {
        // RestFB's Version enum has no v2.80: the version goes into the endpoint, RestFB adds none
        DefaultFacebookClient observedClient = Fidelity.restFb(observed(), Http.TOKEN, Version.UNVERSIONED);
        DefaultFacebookClient documentedClient = Fidelity.restFb(documented(), Http.TOKEN, Version.UNVERSIONED);

        FacebookException thrown = fetchFails(observedClient, "v2.80/" + Http.NUMBER, "id");

        assertThat(graphError(thrown, FacebookOAuthException.class, 400, 2500, null).getErrorMessage())
                .isEqualTo("Unknown path components: /v2.80/" + Http.NUMBER);
        assertThat(documentedClient.fetchObject("v2.80/" + Http.NUMBER, WhatsAppBusinessPhoneNumber.class).getId())
                .as("documented: any vNN.N is a version").isEqualTo(Http.NUMBER);
    }

    @Test
    void observedOnlyFieldsAre422ForRestFbInDocumented() {
        FacebookException thrown = fetchFails(Fidelity.restFb(documented()), Http.NUMBER, "id,platform_type");

        assertThat(thrown).isExactlyInstanceOf(FacebookNetworkException.class);
        assertThat(((FacebookNetworkException) thrown).getHttpStatusCode()).isEqualTo(422);
    }

    @Test
    void row17FromV24TheTierComesInTheNewFieldAndMessagingLimitTierIsNull() {
        DefaultFacebookClient client = Fidelity.restFb(observed(), Http.TOKEN, Version.VERSION_24_0);
        Parameter fields = Parameter.with("fields", "id,messaging_limit_tier,whatsapp_business_manager_messaging_limit");

        WhatsAppBusinessPhoneNumber number = client.fetchObject(Http.NUMBER, WhatsAppBusinessPhoneNumber.class, fields);
        JsonObject raw = client.fetchObject(Http.NUMBER, JsonObject.class, fields);

        assertThat(number.getMessagingLimitTier()).as("RestFB maps the null tier to null").isNull();
        assertThat(raw.get("messaging_limit_tier").isNull()).isTrue();
        assertThat(raw.getString("whatsapp_business_manager_messaging_limit", null))
                .as("RestFB's type has no field for it; its raw JSON does").isEqualTo("TIER_UNLIMITED");
        assertThat(client.getWebRequestor().getDebugHeaderInfo().getUsedVersion()).isEqualTo(Version.VERSION_24_0);
    }

    @Test
    void extraFieldsAreIgnoredByRestFb() {
        try (WamockServer server = Fidelity.start(Profile.GRAPH_OBSERVED)) {
            server.use(Scenario.of("new-field", Step.passThrough().withExtraFields(
                    Map.of("health_status", Map.of("can_send_message", "AVAILABLE"), "brand_new_field", 42))));

            WhatsAppBusinessPhoneNumber number = Fidelity.restFb(server).fetchObject(Http.NUMBER,
                    WhatsAppBusinessPhoneNumber.class, Parameter.with("fields", "id,status"));

            assertThat(number.getId()).isEqualTo(Http.NUMBER);
            assertThat(number.getStatus()).isEqualTo(WhatsAppBusinessPhoneNumber.Status.CONNECTED);
        }
    }

    @Test
    void rows7And14BusinessQuotaUsageHeadersThenCode80007WithErrorData() {
        Scenario limited = Scenario.of("waba-quota",
                Step.rateLimit(Answer.RateLimit.calls(100).per(Duration.ofHours(1)).businessCalls(1)));
        try (WamockServer server = Fidelity.start(Profile.GRAPH_OBSERVED);
             WamockServer documentedServer = Fidelity.start(Profile.DOCUMENTED)) {
            server.use(limited);
            documentedServer.use(limited);
            DefaultFacebookClient client = Fidelity.restFb(server);

            client.fetchObject(Http.NUMBER, WhatsAppBusinessPhoneNumber.class);
            DebugHeaderInfo usage = client.getWebRequestor().getDebugHeaderInfo();
            FacebookException thrown = fetchFails(client, Http.NUMBER, "id");

            assertThat(usage.getAppUsage().getCallCount()).isEqualTo(1);
            String waba = dev.wamock.scenarios.Fixtures.defaults().find(Http.NUMBER).orElseThrow().wabaId();
            assertThat(usage.getBusinessUseCaseUsage().getBusinessIds()).as("the number's business account")
                    .containsExactly(waba).doesNotContain(Http.NUMBER);
            var business = usage.getBusinessUseCaseUsage().get(waba).get(0);
            assertThat(business.getType()).isEqualTo("whatsapp_business_management");
            assertThat(business.getCallCount()).isEqualTo(100);
            assertThat(business.getEstimatedTimeToRegainAccess()).isZero();
            FacebookGraphException e = graphError(thrown, FacebookOAuthException.class, 400, 80007, null);
            assertThat(e.getIsTransient()).isTrue();
            assertThat(e.getErrorMessage()).startsWith("(#80007) ");
            assertThat(e.getErrorData("messaging_product")).isEqualTo("whatsapp");
            assertThat(e.getDebugHeaderInfo().getBusinessUseCaseUsage().get(waba).get(0)
                    .getEstimatedTimeToRegainAccess()).isEqualTo(60);

            DefaultFacebookClient documentedClient = Fidelity.restFb(documentedServer);
            documentedClient.fetchObject(Http.NUMBER, WhatsAppBusinessPhoneNumber.class);
            FacebookException documentedError = fetchFails(documentedClient, Http.NUMBER, "id");
            assertThat(documentedError).as("documented: 429, which RestFB does not read")
                    .isExactlyInstanceOf(FacebookNetworkException.class);
        }
    }

    @Test
    void restFbSendsTheTokenOnlyAsTheAccessTokenQueryParameter() {
        try (WamockServer server = Fidelity.start(Profile.GRAPH_OBSERVED)) {
            Fidelity.restFb(server).fetchObject(Http.NUMBER, WhatsAppBusinessPhoneNumber.class);

            var entry = server.journal().entries().get(0);
            assertThat(entry.tokenSource()).isEqualTo(TokenSource.fromWireName("query"));
            assertThat(entry.header("Authorization")).isNull();
            assertThat(entry.query()).contains("format=json").doesNotContain(Http.TOKEN);
        }
    }
}
