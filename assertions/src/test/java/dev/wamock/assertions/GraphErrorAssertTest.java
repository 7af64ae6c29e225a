package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.DocumentedErrors;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.ServerFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Assertions on a Graph error: code, subcode, type, is_transient, trace ID and the documented catalogue. */
class GraphErrorAssertTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();
    private static final String SERVER_ERROR = "{\"error\":{\"message\":\"An unexpected error occurred. Please retry your request\","
            + "\"type\":\"GraphMethodException\",\"code\":2,\"is_transient\":true,\"fbtrace_id\":\"AbCdEfGhIjKlMnOpQrStUvW\"}}";
    private static final String EXPIRED = "{\"error\":{\"message\":\"Invalid OAuth access token\",\"type\":\"OAuthException\","
            + "\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"AXsgnV2Cm3ZMGF3dF_cfYIn\"}}";

    @Test
    void aRateLimitedAnswerOfTheServerIsTheDocumentedTransientError() {
        HttpResponse<String> limited = SERVER.http().response("/v23.0/" + Http.NUMBER, "X-Wamock-Scenario", "http-429");

        assertThat(limited).isGraphError()
                .hasCode(4)
                .hasSubcode(2446079)
                .hasType("OAuthException")
                .isTransient()
                .hasFreshTraceId()
                .matchesDocumented("rate-limited")
                .matchesDocumented(DocumentedErrors.named("rate-limited"));
    }

    @Test
    void anExpiredTokenAnswerOfTheServerIsPermanent() {
        HttpResponse<String> expired = SERVER.http().response("/v23.0/" + Http.NUMBER, "X-Wamock-Scenario", "http-401");

        assertThat(expired).isGraphError().hasCode(190).hasSubcode(463).isNotTransient().matchesDocumented("expired-token");
    }

    @Test
    void anotherCodeFailsWithBothCodesAndTheBody() {
        assertThatThrownBy(() -> assertThat(401, EXPIRED).isGraphError().hasCode(4))
                .hasMessage(text("""

                        Expecting the Graph error's code to be:
                          4
                        but was:
                          190
                        in body:
                          {"error":{"message":"Invalid OAuth access token","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AXsgnV2Cm3ZMGF3dF_cfYIn"}}"""));
    }

    @Test
    void aMissingSubcodeFailsAsAbsent() {
        assertThatThrownBy(() -> assertThat(500, SERVER_ERROR).isGraphError().hasSubcode(463))
                .hasMessageStartingWith(text("""

                        Expecting the Graph error's error_subcode to be:
                          463
                        but the field was absent
                        in body:"""));
    }

    @Test
    void anotherTypeFails() {
        assertThatThrownBy(() -> assertThat(500, SERVER_ERROR).isGraphError().hasType("OAuthException"))
                .hasMessageStartingWith(text("""

                        Expecting the Graph error's type to be:
                          "OAuthException"
                        but was:
                          "GraphMethodException"
                        in body:"""));
    }

    @Test
    void aPermanentErrorIsNotTransient() {
        assertThatThrownBy(() -> assertThat(401, EXPIRED).isGraphError().isTransient())
                .hasMessage(text("""

                        Expecting the Graph error to be transient (is_transient: true, so a client may retry it)
                        but is_transient was absent
                        in body:
                          {"error":{"message":"Invalid OAuth access token","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AXsgnV2Cm3ZMGF3dF_cfYIn"}}"""));
    }

    @Test
    void aTransientErrorFailsIsNotTransient() {
        assertThatThrownBy(() -> assertThat(500, SERVER_ERROR).isGraphError().isNotTransient())
                .hasMessage(text("""

                        Expecting the Graph error not to be transient (is_transient absent or false, so a client must not retry it)
                        but is_transient was true
                        in body:
                          {"error":{"message":"An unexpected error occurred. Please retry your request","type":"GraphMethodException","code":2,"is_transient":true,"fbtrace_id":"AbCdEfGhIjKlMnOpQrStUvW"}}"""));
    }

    @Test
    void theContractsExampleTraceIdIsNotFresh() {
        assertThatThrownBy(() -> assertThat(401, EXPIRED).isGraphError().hasFreshTraceId())
                .hasMessage(text("""

                        Expecting the Graph error to carry a fresh fbtrace_id (present, not the contract's example, and equal to the x-fb-trace-id header when there is one)
                        but fbtrace_id was the contract's example AXsgnV2Cm3ZMGF3dF_cfYIn
                        in body:
                          {"error":{"message":"Invalid OAuth access token","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AXsgnV2Cm3ZMGF3dF_cfYIn"}}"""));
    }

    @Test
    void aTraceIdThatDiffersFromTheHeaderOrIsMissingIsNotFresh() {
        GraphResponse mismatched = new GraphResponse(500, SERVER_ERROR, Map.of("X-FB-Trace-Id", List.of("AzzzzzzzzzzzzzzzzzzzzzZ")));
        String noTrace = "{\"error\":{\"message\":\"m\",\"type\":\"OAuthException\",\"code\":1}}";

        assertThatThrownBy(() -> assertThat(mismatched).isGraphError().hasFreshTraceId())
                .hasMessageContaining("but fbtrace_id was AbCdEfGhIjKlMnOpQrStUvW while the x-fb-trace-id header was AzzzzzzzzzzzzzzzzzzzzzZ");
        assertThatThrownBy(() -> assertThat(500, noTrace).isGraphError().hasFreshTraceId())
                .hasMessageContaining(text("but fbtrace_id was absent\nin body:"));
    }

    @Test
    void anUndocumentedVariantFailsMatchesDocumentedWithEachDifference() {
        assertThatThrownBy(() -> assertThat(500, SERVER_ERROR).isGraphError().matchesDocumented("rate-limited"))
                .hasMessage(text("""

                        Expecting response:
                          HTTP 500 {"error":{"message":"An unexpected error occurred. Please retry your request","type":"GraphMethodException","code":2,"is_transient":true,"fbtrace_id":"AbCdEfGhIjKlMnOpQrStUvW"}}
                        to match the documented error rate-limited:
                          HTTP 429, type OAuthException, code 4, subcode 2446079
                        but the status was 500, the type was GraphMethodException, the code was 2, the subcode was none"""));
    }

    @Test
    void anUnknownDocumentedNameIsAMistakeInTheTest() {
        assertThatThrownBy(() -> assertThat(500, SERVER_ERROR).isGraphError().matchesDocumented("rate-limit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown documented error 'rate-limit'");
    }

    @Test
    void errorAssertionsOnASuccessSayItIsNoGraphError() {
        assertThatThrownBy(() -> new GraphErrorAssert(GraphResponse.of(200, "{\"id\":\"1\"}")).hasCode(2))
                .hasMessageEndingWith("but the status was 200");
    }
}
