package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The error catalogue is exactly the seven documented errors of endpoint.md, bodies included. */
class DocumentedErrorsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The examples of endpoint.md, copied literally (fbtrace_id left out: the server stamps a fresh one). */
    private static final Map<Integer, String> ENDPOINT_MD_EXAMPLES = Map.of(
            400, """
                {"message": "Invalid parameter: account_number_id must be a valid numeric string",
                 "type": "OAuthException", "code": 100}""",
            401, """
                {"message": "Invalid OAuth access token", "type": "OAuthException", "code": 190, "error_subcode": 463}""",
            403, """
                {"message": "Your app doesn't have permission to access this WhatsApp Account Number",
                 "type": "OAuthException", "code": 200, "error_subcode": 1349174,
                 "error_user_title": "Permission Denied",
                 "error_user_msg": "Your app doesn't have permission to access this resource"}""",
            404, """
                {"message": "WhatsApp Account Number not found", "type": "GraphMethodException", "code": 803}""",
            422, """
                {"message": "The requested fields are not available for this account number",
                 "type": "GraphMethodException", "code": 100}""",
            429, """
                {"message": "Application request limit reached", "type": "OAuthException", "code": 4,
                 "error_subcode": 2446079, "is_transient": true}""",
            500, """
                {"message": "An unexpected error occurred. Please retry your request",
                 "type": "GraphMethodException", "code": 2, "is_transient": true}""");

    @Test
    void catalogueHoldsExactlyTheSevenDocumentedStatusesInAscendingOrder() {
        assertThat(DocumentedErrors.all()).extracting(DocumentedError::httpStatus)
                .containsExactly(400, 401, 403, 404, 422, 429, 500);
        assertThat(DocumentedErrors.all()).extracting(DocumentedError::name).doesNotHaveDuplicates()
                .containsExactly("invalid-parameter", "invalid-token", "permission-denied", "not-found",
                        "fields-unavailable", "rate-limited", "server-error");
    }

    @Test
    void everyBodyEqualsTheContractExampleWithoutItsTraceId() {
        JsonNode responses = Contract.get().operation().path("responses");
        for (DocumentedError error : DocumentedErrors.all()) {
            ObjectNode example = (ObjectNode) responses.path(String.valueOf(error.status()))
                    .path("content").path("application/json").path("example").path("error").deepCopy();
            assertThat(example.remove("fbtrace_id")).as("example of %s has a trace id", error.status()).isNotNull();

            assertThat(tree(error)).as("body of %s", error.name()).isEqualTo(example);
        }
    }

    @Test
    void everyBodyEqualsTheLiteralExampleOfEndpointMd() {
        for (DocumentedError error : DocumentedErrors.all()) {
            assertThat(tree(error)).as("body of %s", error.name())
                    .isEqualTo(JSON.readTree(ENDPOINT_MD_EXAMPLES.get(error.status())));
        }
    }

    @Test
    void rateLimitIsCode4Subcode2446079AndTransient() {
        GraphError e = DocumentedErrors.named("rate-limited").error();

        assertThat(DocumentedErrors.named("rate-limited").status()).isEqualTo(429);
        assertThat(e.code()).isEqualTo(4);
        assertThat(e.subcode()).isEqualTo(2446079);
        assertThat(e.isTransient()).isTrue();
        assertThat(e.isTransient()).isTrue();
        assertThat(e.type()).isEqualTo("OAuthException");
        assertThat(e.fbtraceId()).isNull();
    }

    @Test
    void invalidTokenIsCode190Subcode463AndNotTransient() {
        DocumentedError e = DocumentedErrors.forStatus(401).orElseThrow();

        assertThat(e.error().code()).isEqualTo(190);
        assertThat(e.error().subcode()).isEqualTo(463);
        assertThat(e.error().isTransient()).isNotEqualTo(Boolean.TRUE);
        assertThat(e.description()).isEqualTo("Unauthorized - Invalid or missing access token");
    }

    @Test
    void aliasesNameTheSameEntries() {
        assertThat(DocumentedErrors.named("expired-token")).isEqualTo(DocumentedErrors.named("invalid-token"));
        assertThat(DocumentedErrors.named("unknown-field").status()).isEqualTo(422);
        assertThat(DocumentedErrors.named("bad-request").status()).isEqualTo(400);
        assertThat(DocumentedErrors.forStatus(418)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rate-limted", "Rate-Limited", "ratelimited"})
    void aMistypedNameFailsWithADidYouMeanSuggestion(String mistyped) {
        assertThatThrownBy(() -> DocumentedErrors.named(mistyped))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + mistyped + "'")
                .hasMessageContaining("did you mean 'rate-limited'?")
                .hasMessageContaining("server-error");
    }

    @Test
    void aNameFarFromEveryEntryFailsWithTheValidNamesButNoGuess() {
        assertThatThrownBy(() -> DocumentedErrors.named("teapot-overflow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("did you mean")
                .hasMessageContaining("valid names:").hasMessageContaining("not-found");
    }

    private static JsonNode tree(DocumentedError error) {
        return JSON.valueToTree(error.error());
    }
}
