package dev.wamock.server;

import static dev.wamock.server.GraphBodies.ACCOUNT_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.AccountField;
import dev.wamock.scenarios.AccountNumber;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ?fields=}: defaults when absent, exactly the named fields in request order otherwise. */
class FieldsSelectionTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();

    @Test
    void withoutFieldsTheAnswerIsIdDisplayPhoneNumberAndStatusInThatOrder() {
        Reply reply = SERVER.http().number("");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = GraphBodies.assertValid(ACCOUNT_NUMBER, reply);

        assertThat(body.propertyNames()).containsExactly("id", "display_phone_number", "status");
    }

    @ParameterizedTest(name = "fields={0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "status,verified_name                        | status,verified_name,id",
        "verified_name,id,status                     | verified_name,id,status",
        "id                                          | id",
        "quality_rating,quality_rating,quality_rating | quality_rating,id",
        "status,%20verified_name%20,status,,country_code | status,verified_name,country_code,id",
        "%20messaging_limit_tier%20                  | messaging_limit_tier,id",
        "is_official_business_account,               | is_official_business_account,id",
    })
    void selectedFieldsComeInRequestOrderWithIdAppendedWhenNotNamed(String fields, String expected) {
        List<String> keys = List.of(expected.split(","));
        JsonNode body = selected("?fields=" + fields, keys);

        assertThat(body.propertyNames()).containsExactlyElementsOf(keys);
    }

    @Test
    void everyFieldOfEveryNumberIsServedAsTheFixtureHoldsIt() {
        String all = String.join(",", AccountField.wireNames());
        JsonMapper json = JsonMapper.builder().build();
        for (AccountNumber number : Fixtures.defaults().all()) {
            Reply reply = SERVER.http().graph("/v23.0/" + number.id() + "?fields=" + all);

            assertThat(reply.status()).as("status of %s", reply).isEqualTo(200);
            JsonNode body = GraphBodies.assertValid(ACCOUNT_NUMBER, reply);
            assertThat(body.propertyNames()).containsExactlyElementsOf(AccountField.wireNames());
            tools.jackson.databind.node.ObjectNode fixture = json.valueToTree(number);
            fixture.remove("waba_id"); // the number's business account, not a field of its answers
            assertThat(body).isEqualTo(fixture);
            assertThat(body.path("is_official_business_account").isBoolean()).isTrue();
        }
    }

    @Test
    void eachSingleFieldAloneIsValidAgainstTheContract() {
        for (String field : AccountField.wireNames()) {
            List<String> expected = field.equals("id") ? List.of("id") : List.of(field, "id");
            JsonNode body = selected("?fields=" + field, expected);

            assertThat(body.propertyNames()).as("fields=%s", field).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anUnknownFieldIsTheDocumented422() {
        Reply reply = SERVER.http().number("?fields=status,qualty_rating");

        assertThat(reply.status()).isEqualTo(422);
        GraphBodies.assertValid(GraphBodies.GRAPH_ERROR, reply);
        assertThat(GraphBodies.withoutTraceId(reply)).isEqualTo(GraphBodies.documentedError(422));
    }

    @Test
    void fieldNamesAreCaseSensitive() {
        assertThat(SERVER.http().number("?fields=STATUS").status()).isEqualTo(422);
    }

    @Test
    void fieldsThatNameNothingAreA400() {
        Reply reply = SERVER.http().number("?fields=,%20,");

        assertThat(reply.status()).isEqualTo(400);
        GraphBodies.assertValid(GraphBodies.GRAPH_ERROR, reply);
        assertThat(reply.error().path("code").asInt()).isEqualTo(100);
    }

    private static JsonNode selected(String query, List<String> fields) {
        Reply reply = SERVER.http().number(query);
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(200);
        return GraphBodies.assertValidSelection(reply, fields);
    }
}
