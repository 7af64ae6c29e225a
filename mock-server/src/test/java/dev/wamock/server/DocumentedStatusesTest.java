package dev.wamock.server;

import static dev.wamock.server.GraphBodies.GRAPH_ERROR;
import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each status the server answers on its own is the documented one, with the documented body. */
class DocumentedStatusesTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();

    static Stream<Arguments> errorRequests() {
        return Stream.of(
                Arguments.of(400, "a non-numeric id", (Function<Http, Reply>)
                        h -> h.graph("/v23.0/not-a-number")),
                Arguments.of(401, "no token", (Function<Http, Reply>) h -> h.get("/v23.0/" + NUMBER)),
                Arguments.of(404, "an unknown number", (Function<Http, Reply>)
                        h -> h.graph("/v23.0/999000111")),
                Arguments.of(422, "an unknown field", (Function<Http, Reply>)
                        h -> h.number("?fields=status,colour")));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("errorRequests")
    void anErrorIsTheDocumentedStatusAndExampleWithAFreshTraceId(int status, String why,
                                                                 Function<Http, Reply> request) {
        Reply first = request.apply(SERVER.http());
        Reply second = request.apply(SERVER.http());

        assertThat(first.status()).as("status of %s", first).isEqualTo(status);
        GraphBodies.assertValid(GRAPH_ERROR, first);
        assertThat(GraphBodies.withoutTraceId(first)).isEqualTo(GraphBodies.documentedError(status));
        assertThat(first.json().propertyNames()).containsExactly("error");

        String trace = first.error().path("fbtrace_id").asString();
        assertThat(trace).hasSize(23).startsWith("A").matches("[A-Za-z0-9_-]{23}")
                .isEqualTo(first.header("x-fb-trace-id"))
                .isNotEqualTo("AXsgnV2Cm3ZMGF3dF_cfYIn")
                .isNotEqualTo(second.error().path("fbtrace_id").asString());
        assertThat(second.error().path("fbtrace_id").asString()).isEqualTo(second.header("x-fb-trace-id"));
        assertGraphHeaders(first);
    }

    @Test
    void okIsTheFixtureWithTheDefaultFieldsAndValidAgainstTheContract() {
        Reply reply = SERVER.http().number("");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = GraphBodies.assertValid(GraphBodies.ACCOUNT_NUMBER, reply);
        JsonNode fixture = JsonMapper.builder().build().valueToTree(Fixtures.defaults().find(NUMBER).orElseThrow());
        assertThat(body.path("id").asString()).isEqualTo(NUMBER);
        assertThat(body.path("display_phone_number")).isEqualTo(fixture.path("display_phone_number"));
        assertThat(body.path("status").asString()).isEqualTo("CONNECTED");
        assertGraphHeaders(reply);
        assertThat(reply.header("x-fb-trace-id")).hasSize(23)
                .isNotEqualTo(SERVER.http().number("").header("x-fb-trace-id"));
    }

    @Test
    void theRequestIdIsFreshOnEveryAnswer() {
        assertThat(SERVER.http().number("").header("x-fb-request-id"))
                .isNotBlank()
                .isNotEqualTo(SERVER.http().number("").header("x-fb-request-id"));
    }

    @Test
    void theAnnouncedApiVersionIsTheRequestedOne() {
        Reply reply = SERVER.http().graph("/v21.0/" + NUMBER);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("facebook-api-version")).isEqualTo("v21.0");
    }

    @Test
    void aBadVersionIsA400OfTheDocumentedTypeAndCodeNamingTheVersion() {
        Reply reply = SERVER.http().graph("/v23/" + NUMBER);

        assertThat(reply.status()).isEqualTo(400);
        GraphBodies.assertValid(GRAPH_ERROR, reply);
        assertThat(reply.error().path("type").asString()).isEqualTo("OAuthException");
        assertThat(reply.error().path("code").asInt()).isEqualTo(100);
        assertThat(reply.error().path("message").asString()).contains("'v23'");
    }

    static void assertGraphHeaders(Reply reply) {
        assertThat(reply.contentType()).as("content-type").startsWith("application/json");
        assertThat(reply.header("facebook-api-version")).as("facebook-api-version").matches("v\\d+\\.\\d+");
        assertThat(reply.header("x-app-usage")).as("x-app-usage").isNotBlank();
        assertThat(JsonMapper.builder().build().readTree(reply.header("x-app-usage")).has("call_count"))
                .as("x-app-usage is JSON with call_count").isTrue();
        assertThat(reply.header("x-fb-request-id")).as("x-fb-request-id").isNotBlank();
        assertThat(reply.header("Cache-Control")).as("Cache-Control").contains("no-store").contains("no-cache");
    }
}
