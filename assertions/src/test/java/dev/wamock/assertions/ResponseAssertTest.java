package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.ServerFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Status and contract conformance of one answer, and the two ways into its content. */
class ResponseAssertTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();

    @Test
    void realAnswersOfTheServerConformToTheContract() {
        HttpResponse<String> details = SERVER.http().response("/v23.0/" + Http.NUMBER + "?fields=id,status,quality_rating");
        HttpResponse<String> notFound = SERVER.http().response("/v23.0/999000111");

        assertThat(details).hasHttpStatus(200).conformsToSchema();
        assertThat(notFound).hasHttpStatus(404).conformsToSchema();
    }

    @Test
    void anotherStatusFailsWithBothStatuses() {
        assertThatThrownBy(() -> assertThat(404, "{}").hasHttpStatus(200))
                .hasMessage(text("""

                        Expecting response:
                          HTTP 404 {}
                        to have HTTP status:
                          200
                        but was:
                          404"""));
    }

    @Test
    void aBodyThatBreaksTheAccountNumberSchemaFailsWithEachPointerAndRule() {
        assertThatThrownBy(() -> assertThat(200, "{\"id\":\"1\",\"status\":\"ON\",\"colour\":\"red\"}").conformsToSchema())
                .hasMessage(text("""

                        Expecting response body:
                          {"id":"1","status":"ON","colour":"red"}
                        to conform to the contract schema WhatsAppAccountNumber (the schema of HTTP 200 answers in openapi.yaml)
                        but found 3 violations:
                          /status: does not have a value in the enumeration ["CONNECTED", "DISCONNECTED", "UNVERIFIED", "PENDING", "FLAGGED", "RESTRICTED"]
                          /: required property 'display_phone_number' not found
                          /: property 'colour' is not defined in the schema and the schema does not allow additional properties"""));
    }

    @Test
    void anErrorBodyIsCheckedAgainstTheGraphErrorSchema() {
        assertThatThrownBy(() -> assertThat(500, "{\"error\":{\"message\":\"boom\",\"code\":\"2\"}}").conformsToSchema())
                .hasMessage(text("""

                        Expecting response body:
                          {"error":{"message":"boom","code":"2"}}
                        to conform to the contract schema GraphAPIError (the schema of HTTP 500 answers in openapi.yaml)
                        but found 2 violations:
                          /error/code: string found, integer expected
                          /error: required property 'type' not found"""));
    }

    @Test
    void aFieldsSelectionMayLeaveOutOnlyTheRequiredPropertiesItDidNotSelect() {
        GraphResponse selection = new GraphResponse(200, "{\"id\":\"1\",\"quality_rating\":\"RED\"}", Map.of(),
                List.of("quality_rating"));
        GraphResponse selectedButMissing = new GraphResponse(200, "{\"id\":\"1\",\"display_phone_number\":\"+1\"}",
                Map.of(), List.of("display_phone_number", "status"));

        assertThat(selection).conformsToSchema();
        assertThatThrownBy(() -> assertThat(selectedButMissing).conformsToSchema())
                .hasMessageEndingWith(text("but found 1 violation:\n  /: required property 'status' not found"));
    }

    @Test
    void aBodyThatIsNotJsonDoesNotConform() {
        assertThatThrownBy(() -> assertThat(502, "<html>Bad Gateway</html>").conformsToSchema())
                .hasMessage(text("""

                        Expecting response body:
                          <html>Bad Gateway</html>
                        to conform to the contract schema GraphAPIError (the schema of HTTP 502 answers in openapi.yaml)
                        but it is not JSON"""));
    }

    @Test
    void anErrorIsNoAccountNumber() {
        HttpResponse<String> notFound = SERVER.http().response("/v23.0/999000111");

        assertThat(notFound).isGraphError();
        assertThatThrownBy(() -> assertThat(404, "{\"error\":{}}").isAccountNumber())
                .hasMessage(text("""

                        Expecting response:
                          HTTP 404 {"error":{}}
                        to be account number details (HTTP 2xx with a JSON object body)
                        but the status was 404"""));
    }

    @Test
    void aSuccessIsNoGraphError() {
        HttpResponse<String> details = SERVER.http().response("/v23.0/" + Http.NUMBER);

        assertThat(details).isAccountNumber();
        assertThatThrownBy(() -> assertThat(200, "{\"id\":\"1\"}").isGraphError())
                .hasMessage(text("""

                        Expecting response:
                          HTTP 200 {"id":"1"}
                        to be a Graph error (HTTP 4xx/5xx with a body {"error": {…}})
                        but the status was 200"""));
    }

    @Test
    void anErrorStatusWithoutTheEnvelopeIsNoGraphError() {
        assertThatThrownBy(() -> assertThat(503, "{\"message\":\"down\"}").isGraphError())
                .hasMessage(text("""

                        Expecting response:
                          HTTP 503 {"message":"down"}
                        to be a Graph error (HTTP 4xx/5xx with a body {"error": {…}})
                        but the body has no "error" object"""));
    }

    @Test
    void aDescriptionCarriesOverToTheContentAssertions() {
        assertThatThrownBy(() -> assertThat(200, "{\"id\":\"1\",\"display_phone_number\":\"+1\",\"status\":\"PENDING\"}")
                .as("number after onboarding").isAccountNumber().hasId("2"))
                .hasMessageStartingWith("[number after onboarding] ")
                .hasMessageContaining("Expecting the account number's id to be:");
    }
}
