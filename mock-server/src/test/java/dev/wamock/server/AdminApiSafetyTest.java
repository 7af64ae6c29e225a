package dev.wamock.server;

import static dev.wamock.server.GraphBodies.GRAPH_ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerClock;
import dev.wamock.server.testing.ServerFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, break 5: the admin API cannot be driven by a web page (a cross-origin "simple" request, a
 * preflight from another origin, a DNS-rebinding page) and answers only the host names it was told of;
 * curl-like clients and the server's own loopback pages keep working. Raw sockets, so Host and Origin are
 * what a browser (or an attacker) would send.
 */
class AdminApiSafetyTest {
    private static final String EVIL = "https://evil.example";
    private static final String HTTP_500 = "{\"name\": \"http-500\"}";

    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();

    @BeforeEach
    void reset() {
        SERVER.server().reset();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "POST   | /__wamock/scenario | {\"name\": \"http-500\"}",
        "PUT    | /__wamock/scenario | {\"name\": \"http-500\"}",
        "POST   | /__wamock/reset    | ''",
        "POST   | /__wamock/clock    | {\"mode\": \"manual\", \"advance\": \"1h\"}",
        "DELETE | /__wamock/journal  | ''",
        "DELETE | /__wamock/scenario | ''"})
    void aTextPlainWriteFromAPageOfAnotherOriginIsRefusedAndChangesNothing(String method, String path, String body) {
        SERVER.server().use("http-429");
        assertThat(endpointStatus(loopback())).isEqualTo(429);

        Reply reply = send(method, path, loopback(), body, "Origin: " + EVIL, "Content-Type: text/plain");

        assertRefused(reply, 403, 10, "another origin", EVIL);
        assertThat(SERVER.server().progress().name()).as("scenario").isEqualTo("http-429");
        assertThat(SERVER.server().journal().entries()).as("journal").hasSize(1);
        assertThat(ServerClock.of(SERVER.server()).isManual()).as("clock moved to manual").isFalse();
    }

    @Test
    void aTextPlainWriteWithoutAnOriginIsRefusedWith415StatingTheRuleAndTheFix() {
        Reply reply = send("POST", "/__wamock/scenario", loopback(), HTTP_500, "Content-Type: text/plain");

        assertRefused(reply, 415, 100, "must carry 'Content-Type: application/json'", "found Content-Type 'text/plain'",
                "X-Wamock-Admin: 1", "Add -H 'Content-Type: application/json'");
        assertThat(SERVER.server().progress()).isNull();
    }

    @Test
    void aFormPostIsRefusedToo() {
        Reply reply = send("POST", "/__wamock/scenario", loopback(), "name=http-500",
                "Content-Type: application/x-www-form-urlencoded");

        assertRefused(reply, 415, 100, "application/x-www-form-urlencoded");
        assertThat(SERVER.server().progress()).isNull();
    }

    @Test
    void aBodylessWriteNeedsTheJsonTypeOrTheAdminHeader() {
        SERVER.server().use("http-429");

        Reply bare = send("POST", "/__wamock/reset", loopback(), "");
        Reply withHeader = send("POST", "/__wamock/reset", loopback(), "", "X-Wamock-Admin: 1");
        SERVER.server().use("http-429");
        Reply withJsonType = send("POST", "/__wamock/reset", loopback(), "", "Content-Type: application/json");

        assertRefused(bare, 415, 100, "found Content-Type 'null'");
        assertThat(withHeader.status()).as("%s", withHeader).isEqualTo(200);
        assertThat(withJsonType.status()).as("%s", withJsonType).isEqualTo(200);
        assertThat(SERVER.server().progress()).as("reset").isNull();
    }

    @Test
    void theAdminHeaderDoesNotStandInForTheTypeOfABody() {
        Reply reply = send("POST", "/__wamock/scenario", loopback(), HTTP_500, "Content-Type: text/plain", "X-Wamock-Admin: 1");

        assertRefused(reply, 415, 100, "text/plain");
        assertThat(SERVER.server().progress()).isNull();
    }

    @Test
    void aJsonPostFromACurlLikeClientWorks() {
        Reply reply = send("POST", "/__wamock/scenario", loopback(), HTTP_500, "Content-Type: application/json; charset=UTF-8");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(SERVER.server().progress().name()).isEqualTo("http-500");
    }

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(strings = {"attacker.example", "attacker.example:PORT", "127.0.0.1.attacker.example:PORT",
        "localhost.attacker.example:PORT", "192.0.2.7:PORT", "[2001:db8::1]:PORT", "[::2]:PORT", "128.0.0.1:PORT"})
    void anAdminCallNamingAnotherHostIsRefusedAgainstDnsRebinding(String host) {
        String named = host.replace("PORT", String.valueOf(SERVER.port()));

        Reply read = send("GET", "/__wamock/journal", named, null);
        Reply write = send("POST", "/__wamock/scenario", named, HTTP_500, "Content-Type: application/json");

        assertRefused(read, 403, 10, "Host '" + named + "' may not call the admin API", "--admin-allowed-hosts");
        assertRefused(write, 403, 10, "Host '" + named + "'");
        assertThat(SERVER.server().progress()).isNull();
        assertThat(endpointStatus(named)).as("the endpoint answers any Host").isEqualTo(200);
        assertThat(send("GET", "/__wamock/health", named, null).status()).as("health answers any Host").isEqualTo(200);
    }

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(strings = {"localhost:PORT", "LocalHost:PORT", "localhost", "127.0.0.1:PORT", "127.8.9.10:PORT",
        "[::1]:PORT", "[0:0:0:0:0:0:0:1]:PORT"})
    void everyLoopbackNameMayCallTheAdminApi(String host) {
        Reply reply = send("POST", "/__wamock/scenario", host.replace("PORT", String.valueOf(SERVER.port())), HTTP_500,
                "Content-Type: application/json");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        Reply reply = send("OPTIONS", "/__wamock/scenario", loopback(), null, "Origin: " + EVIL,
                "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type");

        assertRefused(reply, 403, 10, "another origin");
        assertThat(reply.header("Access-Control-Allow-Methods")).isNull();
    }

    @ParameterizedTest(name = "Origin: {0}")
    @ValueSource(strings = {"http://localhost:3000", "null", "file://", "http://127.0.0.1", "https://127.0.0.1:PORT",
        "http://evil.example:PORT"})
    void aPageOfAnyOtherOriginIsRefusedEvenOnLoopback(String origin) {
        Reply reply = send("POST", "/__wamock/scenario", loopback(), HTTP_500, "Origin: " + origin.replace("PORT",
                String.valueOf(SERVER.port())), "Content-Type: application/json");

        assertRefused(reply, 403, 10, "another origin");
        assertThat(SERVER.server().progress()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"127.0.0.1", "localhost"})
    void theServersOwnLoopbackPageMayPreflightAndWrite(String host) {
        String origin = "http://" + host + ":" + SERVER.port();

        Reply preflight = send("OPTIONS", "/__wamock/scenario", host + ":" + SERVER.port(), null, "Origin: " + origin,
                "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type");
        Reply write = send("POST", "/__wamock/scenario", host + ":" + SERVER.port(), HTTP_500, "Origin: " + origin,
                "Content-Type: application/json");

        assertThat(preflight.status()).as("%s", preflight).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(origin);
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Content-Type");
        assertThat(write.status()).as("%s", write).isEqualTo(200);
        assertThat(SERVER.server().progress().name()).isEqualTo("http-500");
    }

    @Test
    void theEndpointKeepsAllowingEveryOriginButAdminAnswersDoNot() {
        Reply endpoint = RawHttp.send(SERVER.port(), "GET", "/v23.0/106540352242922", RawHttp.AUTH, "Origin: " + EVIL);
        Reply refused = send("POST", "/__wamock/scenario", loopback(), HTTP_500, "Content-Type: text/plain");

        assertThat(endpoint.status()).isEqualTo(200);
        assertThat(endpoint.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(refused.header("Access-Control-Allow-Origin")).as("on an admin error").isNull();
    }

    @Test
    void whereAnyHostIsAllowedAsInTheImageTheDockerHostNameWorksButAPageStillCannotWrite() {
        try (WamockServer image = WamockServer.builder().port(0).adminAllowedHosts("*").start()) {
            String dockerHost = "docker:" + image.port();
            String rebound = "evil.example:" + image.port();

            Reply testcontainers = send(image.port(), "PUT", "/__wamock/scenario", dockerHost, HTTP_500,
                    "Content-Type: application/json");
            Reply page = send(image.port(), "POST", "/__wamock/scenario", rebound, "{\"name\": \"http-404\"}",
                    "Origin: http://" + rebound, "Content-Type: application/json");

            assertThat(testcontainers.status()).as("%s", testcontainers).isEqualTo(200);
            assertRefused(page, 403, 10, "another origin");
            assertThat(image.progress().name()).isEqualTo("http-500");
        }
    }

    @Test
    void aNameGivenInAdminAllowedHostsIsAcceptedAndOnlyThatOne() {
        try (WamockServer named = WamockServer.builder().port(0).adminAllowedHosts("wamock", "192.0.2.7").start()) {
            assertThat(send(named.port(), "GET", "/__wamock/journal", "wamock:" + named.port(), null).status())
                    .isEqualTo(200);
            assertThat(send(named.port(), "GET", "/__wamock/journal", "192.0.2.7:" + named.port(), null).status())
                    .isEqualTo(200);
            assertThat(send(named.port(), "GET", "/__wamock/journal", "wamock2:" + named.port(), null).status())
                    .isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"http://wamock", "wamock:8080", "", "two words"})
    void anAllowedHostWithSchemePortOrSpacesIsRefusedAtStart(String host) {
        assertThatThrownBy(() -> WamockServer.builder().port(0).adminAllowedHosts(host).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + host + "' is not a host name").hasMessageContaining("--admin-allowed-hosts");
    }

    @Test
    void theAdminTokenMustMatchWhole() {
        try (WamockServer guarded = WamockServer.builder().port(0).adminToken("fake-admin-token").start()) {
            for (String wrong : List.of("Bearer fake-admin-toke", "Bearer fake-admin-token2", "Bearer ", "fake-admin-token",
                    "Bearer fake-admin-tokeN")) {
                assertThat(send(guarded.port(), "GET", "/__wamock/journal", "127.0.0.1", null, "Authorization: " + wrong)
                        .status()).as("Authorization: %s", wrong).isEqualTo(401);
            }
            assertThat(send(guarded.port(), "GET", "/__wamock/journal", "127.0.0.1", null,
                    "Authorization:  Bearer fake-admin-token ").status()).isEqualTo(200);
        }
    }

    private static void assertRefused(Reply reply, int status, int code, String... saying) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        GraphBodies.assertValid(GRAPH_ERROR, reply);
        assertThat(reply.error().path("code").asInt()).isEqualTo(code);
        assertThat(reply.error().path("message").asString()).startsWith("wamock admin: ").contains(saying);
    }

    private static String loopback() {
        return "127.0.0.1:" + SERVER.port();
    }

    private static int endpointStatus(String host) {
        return send("GET", "/v23.0/106540352242922", host, null, "Authorization: Bearer fake-token").status();
    }

    private static Reply send(String method, String path, String host, String body, String... headerLines) {
        return send(SERVER.port(), method, path, host, body, headerLines);
    }

    /** One request over a raw socket, Host as given, {@code Content-Length} for a body (even an empty one). */
    private static Reply send(int to, String method, String path, String host, String body, String... headerLines) {
        List<String> lines = new ArrayList<>(List.of("Host: " + host, "Connection: close"));
        lines.addAll(List.of(headerLines));
        return RawHttp.exchange(to, RawHttp.request(method, path, body, lines.toArray(String[]::new)));
    }
}
