package dev.wamock.server;

import static dev.wamock.server.PhoneNumbersPagingTest.OTHER_WABA;
import static dev.wamock.server.PhoneNumbersPagingTest.WABA;
import static dev.wamock.server.PhoneNumbersPagingTest.cursor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Contract;
import dev.wamock.scenarios.Profile;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The list edge's errors in both profiles: an unknown account as the endpoint answers an unknown number (documented:
 * the 404 of Meta's list operation), a bad {@code limit} or cursor as a 400, and tokens, versions, fields and
 * methods answered exactly as on the number endpoint.
 */
class PhoneNumbersErrorsTest {
    private static final String AUTH = "Authorization";
    private static final String BEARER = "Bearer fake-token-1234";
    private static final String LIST = "/v23.0/" + WABA + "/phone_numbers";
    @RegisterExtension
    static final ServerFixture DOCUMENTED = ServerFixture.start();
    @RegisterExtension
    static final ServerFixture OBSERVED = ServerFixture.with(b -> b.profile(Profile.GRAPH_OBSERVED));

    private static Reply get(WamockServer server, String pathAndQuery, String... headers) {
        return Http.to(server).get(pathAndQuery, headers);
    }

    private static Reply list(WamockServer server, String query) {
        return get(server, LIST + query, AUTH, BEARER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"999", "106540352242922"})
    void anIdThatIsNoAccountGetsTheEndpointsNotFoundShapeInEachProfile(String id) {
        Reply doc = get(DOCUMENTED.server(), "/v23.0/" + id + "/phone_numbers", AUTH, BEARER);
        Reply obs = get(OBSERVED.server(), "/v23.0/" + id + "/phone_numbers", AUTH, BEARER);

        JsonNode example = Contract.get().listOperation().path("responses").path("404").path("content")
                .path("application/json").path("example").path("error");
        assertThat(doc.status()).isEqualTo(404);
        tools.jackson.databind.node.ObjectNode documentedExample = (tools.jackson.databind.node.ObjectNode) example.deepCopy();
        documentedExample.remove("fbtrace_id");
        assertThat(GraphBodies.withoutTraceId(doc)).isEqualTo(documentedExample);
        assertThat(obs.status()).isEqualTo(400);
        assertThat(obs.error().path("code").asInt()).isEqualTo(100);
        assertThat(obs.error().path("error_subcode").asInt()).isEqualTo(33);
        assertThat(obs.error().path("message").asString()).startsWith("Unsupported get request. Object with ID '" + id + "'");
        assertThat(obs.header("WWW-Authenticate")).contains("\"not_found\"");
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(strings = {"0", "101", "-1", "abc", "2.5", ""})
    void aLimitOutsideOneToAHundredIsA400Code100NamingTheRuleAndTheValue(String limit) {
        Reply reply = list(DOCUMENTED.server(), "?limit=" + limit);

        assertThat(reply.status()).isEqualTo(400);
        GraphBodies.assertValid(GraphBodies.GRAPH_ERROR, reply);
        assertThat(reply.error().path("code").asInt()).isEqualTo(100);
        assertThat(reply.error().path("type").asString()).isEqualTo("OAuthException");
        assertThat(reply.error().path("message").asString())
                .isEqualTo("Invalid parameter: limit must be a whole number from 1 to 100, was '" + limit
                        + "'; leave it out for 25 a page");
    }

    @Test
    void inGraphObservedALimitAboveTheMaximumGetsProductionsMessage() {
        Reply reply = list(OBSERVED.server(), "?limit=500");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().path("message").asString()).isEqualTo("(#100) The 'limit' parameter should not exceed 100");
        assertThat(reply.error().path("code").asInt()).isEqualTo(100);
        assertThat(list(OBSERVED.server(), "?limit=abc").error().path("message").asString()).startsWith("(#100) Invalid parameter: limit");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"after=%21%21", "before=%21%21", "after=MTIz", "after=" + "MTIwOTQ4Mzc1NjIwMTQ4"})
    void aCursorThatIsNoneOfTheAccountsIsA400InEachProfile(String cursorParameter) {
        assertThat(cursor("120948375620148")).as("a number of the other account").isEqualTo("MTIwOTQ4Mzc1NjIwMTQ4");
        Reply doc = list(DOCUMENTED.server(), "?" + cursorParameter);
        Reply obs = list(OBSERVED.server(), "?" + cursorParameter);

        assertThat(doc.status()).isEqualTo(400);
        assertThat(doc.error().path("code").asInt()).isEqualTo(100);
        assertThat(doc.error().path("message").asString()).contains(cursorParameter.substring(0, cursorParameter.indexOf('=')))
                .contains("must be a cursor from this list's paging.cursors");
        assertThat(obs.status()).isEqualTo(400);
        assertThat(obs.error().path("code").asInt()).isEqualTo(2642);
        assertThat(obs.error().path("message").asString()).isEqualTo("(#2642) Invalid cursors values");
    }

    @Test
    void afterAndBeforeTogetherAreA400() {
        String c = cursor("113269274970227");

        Reply reply = list(DOCUMENTED.server(), "?after=" + c + "&before=" + c);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().path("message").asString()).contains("after or before, not both");
    }

    @Test
    void tokensVersionsFieldsAndMethodsAreAnsweredAsOnTheNumberEndpoint() {
        for (WamockServer server : new WamockServer[] {DOCUMENTED.server(), OBSERVED.server()}) {
            String number = "/v23.0/106540352242922";
            assertSameAnswer(get(server, LIST), get(server, number));
            assertSameAnswer(get(server, LIST + "?fields=colour", AUTH, BEARER), get(server, number + "?fields=colour", AUTH, BEARER));
            assertSameAnswer(get(server, LIST + "?fields=", AUTH, BEARER), get(server, number + "?fields=", AUTH, BEARER));
            assertSameAnswer(Http.to(server).send("POST", LIST, null, AUTH, BEARER),
                    Http.to(server).send("POST", number, null, AUTH, BEARER));
            Reply version = get(server, "/v23/" + OTHER_WABA + "/phone_numbers", AUTH, BEARER);
            Reply endpointVersion = get(server, "/v23/106540352242922", AUTH, BEARER);
            assertThat(version.status()).isEqualTo(endpointVersion.status());
            assertThat(version.error().path("code").asInt()).isEqualTo(endpointVersion.error().path("code").asInt())
                    .isPositive();
        }
        assertSameAnswer(get(OBSERVED.server(), LIST, AUTH, "Bearer expired-fake-token"),
                get(OBSERVED.server(), "/v23.0/106540352242922", AUTH, "Bearer expired-fake-token"));
    }

    private static void assertSameAnswer(Reply list, Reply endpoint) {
        assertThat(list.status()).as("status of %s", list).isEqualTo(endpoint.status());
        tools.jackson.databind.node.ObjectNode listError = GraphBodies.withoutTraceId(list);
        tools.jackson.databind.node.ObjectNode endpointError = GraphBodies.withoutTraceId(endpoint);
        listError.remove("message");
        endpointError.remove("message");
        assertThat(endpointError.path("code").asInt()).as("an error").isPositive();
        assertThat(listError).as("%s vs %s", list, endpoint).isEqualTo(endpointError);
        assertThat(list.error().path("message").asString().replace(WABA, "ID"))
                .isEqualTo(endpoint.error().path("message").asString().replace("106540352242922", "ID"));
        assertThat(list.header("Allow")).isEqualTo(endpoint.header("Allow"));
    }
}
