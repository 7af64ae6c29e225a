package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.AccountNumber;
import dev.wamock.scenarios.Contract;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.Profile;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /{Version}/{WABA-ID}/phone_numbers} over real HTTP: following {@code paging.next} (an absolute URL)
 * walks every number of an account exactly once, {@code paging.previous} walks back, each item carries the
 * fields the number endpoint would, and every page validates against the contract's list schema.
 */
class PhoneNumbersPagingTest {
    static final String WABA = AccountNumber.DEFAULT_WABA_ID;
    static final String OTHER_WABA = "118347265930471";
    private static final String AUTH = "Authorization";
    private static final String BEARER = "Bearer fake-token-1234";
    private static final String LIST_SCHEMA = "WhatsAppBusinessAccountPhoneNumbers";

    private final WamockServer server = WamockServer.start();
    private final Http http = Http.to(server);
    private final Http absolute = Http.to("");

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "account {0}, limit {1}")
    @CsvSource({"104996122399160, 1", "104996122399160, 2", "118347265930471, 1", "118347265930471, 2"})
    void followingNextWalksEveryNumberOfTheAccountExactlyOnceAndPreviousWalksBack(String waba, int limit) {
        List<String> expected = Fixtures.defaults().ofAccount(waba).stream().map(AccountNumber::id).toList();
        List<String> seen = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        Reply page = http.get("/v23.0/" + waba + "/phone_numbers?limit=" + limit, AUTH, BEARER);
        while (true) {
            JsonNode body = GraphBodies.assertValid(LIST_SCHEMA, page);
            pages.add(body);
            assertThat(body.path("data").size()).isBetween(1, limit);
            body.path("data").forEach(n -> seen.add(n.path("id").asString()));
            JsonNode next = body.path("paging").path("next");
            if (next.isMissingNode()) {
                break;
            }
            assertThat(next.asString()).startsWith(server.baseUrl() + "/v23.0/" + waba + "/phone_numbers?limit=" + limit + "&after=");
            page = absolute.get(next.asString(), AUTH, BEARER);
        }

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).hasSize((expected.size() + limit - 1) / limit);
        assertThat(pages.get(0).path("paging").has("previous")).as("nothing before the first page").isFalse();
        List<String> back = new ArrayList<>();
        JsonNode last = pages.get(pages.size() - 1);
        last.path("data").forEach(n -> back.add(0, n.path("id").asString()));
        for (JsonNode previous = last.path("paging").path("previous"); !previous.isMissingNode(); ) {
            JsonNode body = GraphBodies.assertValid(LIST_SCHEMA, absolute.get(previous.asString(), AUTH, BEARER));
            List<String> ids = new ArrayList<>();
            body.path("data").forEach(n -> ids.add(n.path("id").asString()));
            back.addAll(0, ids);
            previous = body.path("paging").path("previous");
        }
        assertThat(back).containsExactlyElementsOf(expected);
    }

    @Test
    void withoutLimitOnePageHoldsTheAccountWithTheFieldsTheNumberEndpointAnswersAndNoLinks() {
        JsonNode body = GraphBodies.assertValid(LIST_SCHEMA, http.get("/v23.0/" + OTHER_WABA + "/phone_numbers", AUTH, BEARER));

        assertThat(body.path("data").size()).isEqualTo(3);
        for (JsonNode item : body.path("data")) {
            JsonNode single = http.get("/v23.0/" + item.path("id").asString(), AUTH, BEARER).json();
            assertThat(item).as("the item equals the number endpoint's answer").isEqualTo(single);
        }
        JsonNode paging = body.path("paging");
        assertThat(paging.path("cursors").path("before").asString()).isEqualTo(cursor("120948375620148"));
        assertThat(paging.path("cursors").path("after").asString()).isEqualTo(cursor("134758291047562"));
        assertThat(paging.has("next")).isFalse();
        assertThat(paging.has("previous")).isFalse();
        assertThat(Contract.get().listParameter("limit").path("default").asInt()).isGreaterThan(3);
    }

    @Test
    void fieldsSelectsTheFieldsOfEveryItemAsOnTheNumberEndpoint() {
        Reply reply = http.get("/v23.0/" + WABA + "/phone_numbers?fields=verified_name,quality_rating&limit=2", AUTH, BEARER);

        JsonNode body = reply.json();
        assertThat(Contract.get().violations(LIST_SCHEMA, body, List.of("data", "verified_name", "quality_rating", "id")))
                .isEmpty();
        assertThat(body.path("data")).hasSize(2).allSatisfy(item ->
                assertThat(item.propertyNames()).containsExactly("verified_name", "quality_rating", "id"));
        assertThat(body.path("data").get(0).path("verified_name").asString()).isEqualTo("Acme Support");
        assertThat(body.path("paging").path("next").asString()).contains("fields=verified_name,quality_rating&limit=2&after=");
    }

    @Test
    void inGraphObservedTheItemsCarryTheObservedFieldsAndValidateAgainstTheObservedSchema() {
        try (WamockServer observed = WamockServer.builder().profile(Profile.GRAPH_OBSERVED).start()) {
            Reply reply = Http.to(observed).get("/v24.0/" + WABA + "/phone_numbers?fields=id,platform_type,"
                    + "throughput,messaging_limit_tier,whatsapp_business_manager_messaging_limit", AUTH, BEARER);

            JsonNode body = GraphBodies.assertValid("Observed" + LIST_SCHEMA, reply);
            JsonNode first = body.path("data").get(0);
            assertThat(first.path("platform_type").asString()).isEqualTo("CLOUD_API");
            assertThat(first.path("messaging_limit_tier").isNull()).as("from v24.0").isTrue();
            assertThat(first.path("whatsapp_business_manager_messaging_limit").asString()).isEqualTo("TIER_UNLIMITED");
        }
    }

    @Test
    void aSessionsBaseUrlAndTheTokenParameterAreKeptInTheLinks() {
        Http session = Http.to(server.baseUrl() + "/sessions/paging");

        JsonNode body = session.get("/v23.0/" + WABA + "/phone_numbers?access_token=fake-token-1234&limit=1").json();
        String next = body.path("paging").path("next").asString();

        assertThat(next).isEqualTo(server.baseUrl() + "/sessions/paging/v23.0/" + WABA
                + "/phone_numbers?access_token=fake-token-1234&limit=1&after=" + cursor("106540352242922"));
        assertThat(absolute.get(next).json().path("data").get(0).path("id").asString()).isEqualTo("113269274970227");
        assertThat(server.session("paging").journal().await(2, java.time.Duration.ofSeconds(5)).size()).isEqualTo(2);
        assertThat(server.journal().total()).as("the default session saw none of it").isZero();
    }

    @Test
    void afterTheLastNumberOrBeforeTheFirstThePageIsEmptyWithoutPaging() {
        String last = cursor("141029384756120");
        String first = cursor("106540352242922");

        assertThat(http.get("/v23.0/" + WABA + "/phone_numbers?after=" + last, AUTH, BEARER).body()).isEqualTo("{\"data\":[]}");
        assertThat(http.get("/v23.0/" + WABA + "/phone_numbers?before=" + first, AUTH, BEARER).body()).isEqualTo("{\"data\":[]}");
    }

    @Test
    void theExampleOfDocsEndpointMdIsWhatTheServerAnswers() throws java.io.IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "endpoint.md"));
        int at = page.indexOf("```json", page.indexOf("## The list edge"));
        String example = page.substring(page.indexOf('\n', at) + 1, page.indexOf("```", at + 7));

        Reply reply = http.get("/v23.0/" + WABA + "/phone_numbers?limit=1", AUTH, BEARER);

        JsonNode expected = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(example.replace("http://127.0.0.1:8080", server.baseUrl()));
        assertThat(reply.json()).isEqualTo(expected);
    }

    static String cursor(String id) {
        return java.util.Base64.getEncoder().encodeToString(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
