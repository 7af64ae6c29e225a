package dev.wamock.server;

import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A token is taken from the Bearer header or the {@code access_token} query parameter; none is a 401. */
class AccessTokenTest {
    private static final String PATH = "/v23.0/" + NUMBER;
    @RegisterExtension
    static final ServerFixture ANY_TOKEN = ServerFixture.start();
    @RegisterExtension
    static final ServerFixture ONE_TOKEN = ServerFixture.with(b -> b.requireToken("fake-required-token"));

    @Test
    void aBearerHeaderIsAccepted() {
        assertThat(ANY_TOKEN.http().get(PATH, "Authorization", "Bearer anything").status()).isEqualTo(200);
    }

    @Test
    void anAccessTokenQueryParameterIsAccepted() {
        assertThat(ANY_TOKEN.http().get(PATH + "?access_token=anything").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "Authorization: \"{0}\"")
    @ValueSource(strings = {"Bearer", "Bearer    ", "Basic dXNlcjpwYXNz", "anything"})
    void anAuthorizationWithoutABearerTokenIsTheDocumented401(String authorization) {
        assert401(ANY_TOKEN.http().get(PATH, "Authorization", authorization));
    }

    @Test
    void noTokenAtAllIsTheDocumented401() {
        assert401(ANY_TOKEN.http().get(PATH));
    }

    @Test
    void anEmptyAccessTokenParameterIsTheDocumented401() {
        assert401(ANY_TOKEN.http().get(PATH + "?access_token="));
    }

    @Test
    void theTokenIsCheckedBeforeTheNumberIsLookedUp() {
        assert401(ANY_TOKEN.http().get("/v23.0/999000111"));
    }

    @Test
    void aRequiredTokenIsAcceptedInTheHeaderAndTheQuery() {
        Http http = ONE_TOKEN.http();

        assertThat(http.get(PATH, "Authorization", "Bearer fake-required-token").status()).isEqualTo(200);
        assertThat(http.get(PATH + "?access_token=fake-required-token").status()).isEqualTo(200);
    }

    @Test
    void anyOtherTokenIsRejectedWhenOneIsRequired() {
        Http http = ONE_TOKEN.http();

        assert401(http.get(PATH, "Authorization", "Bearer fake-token"));
        assert401(http.get(PATH + "?access_token=fake-required-tokenX"));
        assert401(http.get(PATH));
    }

    private static void assert401(Reply reply) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(401);
        GraphBodies.assertValid(GraphBodies.GRAPH_ERROR, reply);
        assertThat(GraphBodies.withoutTraceId(reply)).isEqualTo(GraphBodies.documentedError(401));
        assertThat(reply.error().path("error_subcode").asInt()).isEqualTo(463);
    }
}
