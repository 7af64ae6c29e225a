package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Attempt;
import dev.wamock.server.testing.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Graph-like rate limits over HTTP on a manual clock: exactly N successes per window, usage headers
 * rising past 100 %, 429 with code 4 (app) or 80007 (business), the regain estimate and Retry-After
 * counting down as the clock advances, success again one window later. Driven by the Java API and by
 * {@code POST /__wamock/clock}.
 */
class RateLimitHttpTest extends ChaosServerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The business account of Http.NUMBER and OTHER_NUMBER (default fixtures). */
    private static final String WABA = "104996122399160";
    /** A number of the default fixtures' other business account, 118347265930471. */
    private static final String OTHER_ACCOUNTS_NUMBER = "120948375620148";

    private static int appCallCount(Attempt outcome) {
        return JSON.readTree(outcome.header("x-app-usage")).get("call_count").asInt();
    }

    /** The usage entry for the WhatsApp Business Account {@code waba} in x-business-use-case-usage. */
    private static JsonNode businessUsage(Attempt outcome, String waba) {
        JsonNode all = JSON.readTree(outcome.header("x-business-use-case-usage"));
        assertThat(all.propertyNames()).as("keyed by the number's business account").containsExactly(waba);
        JsonNode entry = all.get(waba).get(0);
        assertThat(entry.get("type").asString()).isEqualTo("whatsapp_business_management");
        return entry;
    }

    private static int regainMinutes(Attempt outcome) {
        return businessUsage(outcome, WABA).get("estimated_time_to_regain_access").asInt();
    }

    private static String summary(Attempt o) {
        String code = o.status() == 200 ? "" : "/" + JSON.readTree(o.body()).get("error").get("code").asInt();
        return o.status() + code + " app " + appCallCount(o) + "% regain " + regainMinutes(o) + "m retry-after "
                + o.header("retry-after");
    }

    @Test
    void aQuotaOfFourGivesFourSuccessesThen429sThatCountDownAndEndWithTheWindow() {
        server().clock().manual();
        server().use(Scenario.of("limited", Step.rateLimit(Answer.RateLimit.calls(4).per(Duration.ofHours(1))
                .retryAfter(true))));
        List<String> seen = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            seen.add(summary(http().attempt(Http::number)));
        }
        server().clock().advance(Duration.ofMinutes(20));
        seen.add(summary(http().attempt(Http::number)));
        server().clock().advance(Duration.ofMinutes(40));
        seen.add(summary(http().attempt(Http::number)));

        assertThat(seen).containsExactly(
                "200 app 25% regain 0m retry-after null",
                "200 app 50% regain 0m retry-after null",
                "200 app 75% regain 0m retry-after null",
                "200 app 100% regain 0m retry-after null",
                "429/4 app 125% regain 60m retry-after 3600",
                "429/4 app 150% regain 60m retry-after 3600",
                "429/4 app 175% regain 40m retry-after 2400",
                "200 app 25% regain 0m retry-after null");
    }

    @Test
    void the429IsTheDocumentedRateLimitError() {
        server().clock().manual();
        server().use(Scenario.of("limited", Step.rateLimit(Answer.RateLimit.calls(1).per(Duration.ofMinutes(5)))));
        http().attempt(Http::number);

        Attempt limited = http().attempt(Http::number);

        assertThat(limited.status()).isEqualTo(429);
        JsonNode error = JSON.readTree(limited.body()).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(4);
        assertThat(error.get("error_subcode").asInt()).isEqualTo(2446079);
        assertThat(error.get("is_transient").asBoolean()).isTrue();
        assertThat(error.get("fbtrace_id").asString()).isNotBlank();
        assertThat(limited.header("retry-after")).as("not asked for").isNull();
        assertThat(regainMinutes(limited)).isEqualTo(5);
    }

    @Test
    void aBusinessQuotaIsPerBusinessAccountSharedByItsNumbersAndAnsweredWithCode80007() {
        server().clock().manual();
        server().use(Scenario.of("waba-limited", Step.rateLimit(Answer.RateLimit.calls(100).per(Duration.ofHours(1))
                .businessCalls(2).retryAfter(true))));
        http().attempt(Http::number);
        http().attempt(h -> h.graph("/v23.0/" + OTHER_NUMBER));

        Attempt limited = http().attempt(Http::number);
        server().clock().advance(Duration.ofMinutes(20));
        Attempt later = http().attempt(Http::number);
        Attempt otherAccount = http().attempt(h -> h.graph("/v23.0/" + OTHER_ACCOUNTS_NUMBER));

        assertThat(limited.status()).as("the third call of the account, from its two numbers").isEqualTo(429);
        JsonNode error = JSON.readTree(limited.body()).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(80007);
        assertThat(error.get("type").asString()).isEqualTo("OAuthException");
        assertThat(error.get("is_transient").asBoolean()).isTrue();
        assertThat(appCallCount(limited)).as("the app quota is far from used up").isEqualTo(3);
        assertThat(businessUsage(limited, WABA).get("call_count").asInt()).isEqualTo(150);
        assertThat(regainMinutes(limited)).isEqualTo(60);
        assertThat(limited.header("retry-after")).isEqualTo("3600");
        assertThat(regainMinutes(later)).isEqualTo(40);
        assertThat(later.header("retry-after")).isEqualTo("2400");
        assertThat(otherAccount.status()).as("another account has its own business quota").isEqualTo(200);
        assertThat(businessUsage(otherAccount, "118347265930471").get("call_count").asInt()).isEqualTo(50);
    }

    @Test
    void theAdminClockApiDrivesTheWindowFromAnyLanguage() {
        assertThat(http().admin("POST", "/clock", "{\"mode\": \"manual\"}").body()).contains("\"mode\":\"manual\"");
        assertThat(http().admin("POST", "/scenario", "{\"name\": \"limited\", \"steps\": "
                + "[{\"rateLimit\": {\"app\": 2, \"window\": \"1h\", \"retryAfter\": true}}]}").status()).isEqualTo(200);
        List<String> seen = new ArrayList<>();

        for (int i = 0; i < 3; i++) {
            seen.add(summary(http().attempt(Http::number)));
        }
        http().admin("POST", "/clock", "{\"advance\": \"20m\"}");
        seen.add(summary(http().attempt(Http::number)));
        http().admin("POST", "/clock", "{\"advance\": \"40m\"}");
        seen.add(summary(http().attempt(Http::number)));

        assertThat(seen).containsExactly(
                "200 app 50% regain 0m retry-after null",
                "200 app 100% regain 0m retry-after null",
                "429/4 app 150% regain 60m retry-after 3600",
                "429/4 app 200% regain 40m retry-after 2400",
                "200 app 50% regain 0m retry-after null");
    }

    @Test
    void theJournalKeepsTheRateLimitHeadersOfEveryAnswer() {
        server().clock().manual();
        server().use(Scenario.of("limited", Step.rateLimit(Answer.RateLimit.calls(1).per(Duration.ofHours(1))
                .retryAfter(true))));
        http().attempt(Http::number);
        http().attempt(Http::number);

        List<JournalEntry> entries = journal(2).entries();

        assertThat(entries.get(0).responseHeaders()).containsEntry("x-app-usage",
                "{\"call_count\":100,\"total_cputime\":30,\"total_time\":40}").doesNotContainKey("retry-after");
        assertThat(entries.get(1).responseHeaders()).containsEntry("retry-after", "3600")
                .containsEntry("x-app-usage", "{\"call_count\":200,\"total_cputime\":60,\"total_time\":80}")
                .containsKey("x-business-use-case-usage");
        assertThat(entries.get(1).status()).isEqualTo(429);
        assertThat(entries.get(1).code()).isEqualTo(4);
        assertThat(entries.get(1).outcome().wireName()).isEqualTo("response");
    }

    @Test
    void withoutARateLimitStepTheUsageIsZero() {
        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.header("x-app-usage")).isEqualTo("{\"call_count\":0,\"total_cputime\":0,\"total_time\":0}");
    }
}
