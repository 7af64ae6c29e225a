package dev.wamock.server;

import static dev.wamock.server.testing.Http.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** However broken a request is, the answer is a Graph error in JSON, never an HTML page, and the server lives on. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedRequestsTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();
    private static final String ENDPOINT = "/v23.0/" + NUMBER;
    private static final String[] BEARER = {"Authorization", "Bearer " + Http.TOKEN};

    /** One malformed request and how to send it. */
    record Probe(String name, Function<WamockServer, Reply> send) {
        static Probe http(String name, String method, String pathAndQuery) {
            return new Probe(name, s -> Http.to(s).send(method, pathAndQuery, null, BEARER));
        }

        static Probe raw(String name, String target, String... headerLines) {
            String[] lines = Stream.concat(Stream.of(RawHttp.AUTH), Stream.of(headerLines)).toArray(String[]::new);
            return new Probe(name, s -> RawHttp.send(s.port(), "GET", target, lines));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Probe> malformedRequests() {
        return Stream.of(
                Probe.http("version without minor: v23", "GET", "/v23/" + NUMBER),
                Probe.http("version without v: 23.0", "GET", "/23.0/" + NUMBER),
                Probe.http("version not numeric: vX.Y", "GET", "/vX.Y/" + NUMBER),
                Probe.http("non-numeric id", "GET", "/v23.0/acme-support"),
                Probe.http("id of 40 digits", "GET", "/v23.0/" + "1".repeat(40)),
                Probe.http("unknown field", "GET", ENDPOINT + "?fields=colour"),
                Probe.http("empty fields", "GET", ENDPOINT + "?fields="),
                Probe.http("fields of commas only", "GET", ENDPOINT + "?fields=,,"),
                Probe.raw("64 KiB header", ENDPOINT, "X-Padding: " + "a".repeat(64 * 1024)),
                Probe.http("16 KiB URL", "GET", ENDPOINT + "?padding=" + "a".repeat(16 * 1024)),
                Probe.raw("invalid percent-encoding in the path", "/v23.0/%zz"),
                Probe.http("bad UTF-8 in the path", "GET", "/v23.0/%C3%28"),
                Probe.http("bad UTF-8 in fields", "GET", ENDPOINT + "?fields=%C3%28"),
                Probe.http("POST on the endpoint", "POST", ENDPOINT),
                Probe.http("PUT on the endpoint", "PUT", ENDPOINT),
                Probe.http("DELETE on the endpoint", "DELETE", ENDPOINT),
                Probe.http("PATCH on the endpoint", "PATCH", ENDPOINT),
                Probe.http("OPTIONS on the endpoint", "OPTIONS", ENDPOINT),
                Probe.http("unknown path /", "GET", "/"),
                Probe.http("unknown path /nope", "GET", "/nope"),
                Probe.http("unknown path /a/b/c", "GET", "/a/b/c"),
                Probe.http("edge below the endpoint", "GET", ENDPOINT + "/phone_numbers"),
                Probe.http("unknown admin path", "GET", "/__wamock/nope"),
                Probe.http("POST on an unknown path", "POST", "/nope"));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void aMalformedRequestGetsAGraphErrorInJson(Probe probe) {
        Reply reply = probe.send().apply(SERVER.server());

        assertGraphClientError(reply);
    }

    @Order(1)
    @Test
    void aWrongMethodOnTheEndpointSaysWhichMethodIsAllowed() {
        Reply reply = SERVER.http().send("DELETE", ENDPOINT, null, BEARER);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo("GET");
        assertThat(reply.error().path("message").asString()).containsIgnoringCase("delete");
    }

    @Order(1)
    @Test
    void invalidPercentEncodingInTheQueryIsAGraphError() {
        assertGraphClientError(RawHttp.send(SERVER.port(), "GET", ENDPOINT + "?fields=%zz", RawHttp.AUTH));
    }

    @Order(1)
    @Test
    void anErrorRaisedBeforeRoutingCarriesTheGraphHeadersToo() {
        DocumentedStatusesTest.assertGraphHeaders(RawHttp.send(SERVER.port(), "GET", "/v23.0/%zz", RawHttp.AUTH));
    }

    @Order(2)
    @Test
    void afterEveryMalformedRequestTheServerStillAnswersANormalRequest() {
        malformedRequests().forEach(probe -> probe.send().apply(SERVER.server()));

        Reply reply = SERVER.http().number("");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(GraphBodies.assertValid(GraphBodies.ACCOUNT_NUMBER, reply).path("status").asString())
                .isEqualTo("CONNECTED");
    }

    private static void assertGraphClientError(Reply reply) {
        assertThat(reply.status()).as("status of %s", reply).isBetween(400, 499);
        assertThat(reply.contentType()).as("content type of %s", reply).startsWith("application/json");
        assertThat(reply.body()).as("body").doesNotContainIgnoringCase("<html").doesNotContainIgnoringCase("jetty");
        GraphBodies.assertValid(GraphBodies.GRAPH_ERROR, reply);
        assertThat(reply.error().path("message").asString()).as("message").isNotBlank();
        assertThat(reply.error().path("fbtrace_id").asString()).as("fbtrace_id")
                .hasSize(23).isEqualTo(reply.header("x-fb-trace-id"));
    }
}
