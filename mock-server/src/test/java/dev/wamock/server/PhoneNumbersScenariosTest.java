package dev.wamock.server;

import static dev.wamock.server.PhoneNumbersPagingTest.OTHER_WABA;
import static dev.wamock.server.PhoneNumbersPagingTest.WABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The list edge goes through the session's scenarios like the endpoint, with the account's ID as the request's number:
 * header scenarios, state steps (applied to every item), faults, {@code when.number}, the rate limits (the business
 * quota shared with the account's numbers), and a journal entry whose {@code numberId} is the account's ID.
 */
class PhoneNumbersScenariosTest {
    private static final String AUTH = "Authorization";
    private static final String BEARER = "Bearer fake-token-1234";
    private static final String LIST = "/v23.0/" + WABA + "/phone_numbers";
    private static final String SCENARIO = "X-Wamock-Scenario";

    private final WamockServer server = WamockServer.start();
    private final Http http = Http.to(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private Journal journal(int entries) {
        return server.journal().await(entries, Duration.ofSeconds(5));
    }

    @Test
    void http500ByHeaderAnswersTheListWithTheDocumentedServerErrorAndIsJournaledForTheAccount() {
        Reply reply = http.get(LIST + "?fields=status&limit=2", AUTH, BEARER, SCENARIO, "http-500");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.error().path("code").asInt()).isEqualTo(2);
        assertThat(reply.error().path("is_transient").asBoolean()).isTrue();
        JournalEntry entry = journal(1).entries().get(0);
        assertThat(entry.path()).isEqualTo(LIST);
        assertThat(entry.query()).isEqualTo("fields=status&limit=2");
        assertThat(entry.numberId()).isEqualTo(WABA);
        assertThat(entry.fields()).containsExactly("status");
        assertThat(entry.scenario()).isEqualTo("http-500");
        assertThat(entry.step()).isZero();
        assertThat(entry.status()).isEqualTo(500);
        assertThat(entry.code()).isEqualTo(2);
        assertThat(entry.token()).isEqualTo("…1234");
    }

    @Test
    void aStateStepChangesEveryNumberOfThePage() {
        JsonNode body = http.get(LIST + "?fields=quality_rating", AUTH, BEARER, SCENARIO, "quality-red").json();

        assertThat(body.path("data")).hasSize(3).allSatisfy(n -> assertThat(n.path("quality_rating").asString()).isEqualTo("RED"));
    }

    @Test
    void aConnectionFaultBreaksTheListToo() {
        assertThatThrownBy(() -> http.get(LIST, AUTH, BEARER, SCENARIO, "connection-reset"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(journal(1).entries().get(0).outcome().wireName()).isEqualTo("reset");
    }

    @Test
    void aStepForTheAccountsIdAppliesToTheListNotToTheAccountsNumbers() {
        server.use(Scenario.of("account-down", Step.error("server-error").forNumber(WABA)));

        assertThat(http.get(LIST, AUTH, BEARER).status()).isEqualTo(500);
        assertThat(http.get("/v23.0/106540352242922", AUTH, BEARER).status()).isEqualTo(200);
        assertThat(http.get("/v23.0/" + OTHER_WABA + "/phone_numbers", AUTH, BEARER).status()).isEqualTo(200);
    }

    @Test
    void theListAndTheAccountsNumbersShareTheBusinessQuotaKeyedByTheAccount() {
        server.clock().manual();
        server.use(Scenario.of("quota", Step.rateLimit(Answer.RateLimit.calls(100).per(Duration.ofHours(1)).businessCalls(2))));

        Reply number = http.get("/v23.0/106540352242922", AUTH, BEARER);
        Reply list = http.get(LIST, AUTH, BEARER);
        Reply sameAccount = http.get("/v23.0/113269274970227", AUTH, BEARER);
        Reply otherAccount = http.get("/v23.0/" + OTHER_WABA + "/phone_numbers", AUTH, BEARER);

        assertThat(List.of(number.status(), list.status(), sameAccount.status(), otherAccount.status()))
                .containsExactly(200, 200, 429, 200);
        assertThat(sameAccount.error().path("code").asInt()).isEqualTo(80007);
        assertThat(number.header("x-business-use-case-usage")).startsWith("{\"" + WABA + "\":[{").contains("\"call_count\":50");
        assertThat(list.header("x-business-use-case-usage")).startsWith("{\"" + WABA + "\":[{").contains("\"call_count\":100");
        assertThat(otherAccount.header("x-business-use-case-usage")).startsWith("{\"" + OTHER_WABA + "\":[{")
                .contains("\"call_count\":50");
        assertThat(otherAccount.header("x-app-usage")).contains("\"call_count\":4");
    }

    @Test
    void aTokenInThePagingLinksIsRedactedInTheJournalEvenPercentEncoded() {
        String token = "1234567890|fake-app-secret";

        Reply reply = http.get(LIST + "?limit=1&access_token=" + token.replace("|", "%7C"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("paging").path("next").asString()).contains("access_token=1234567890%7Cfake-app-secret");
        JournalEntry entry = journal(1).entries().get(0);
        assertThat(entry.responseBody()).contains("\"next\":").doesNotContain("fake-app-secret").contains("access_token=…cret");
        assertThat(entry.query()).doesNotContain("fake-app-secret");
    }
}
