package dev.wamock.scenarios.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.engine.Mappers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Graph-like rate limiting on a manual clock (real-graph-behaviour.md row 14): usage headers in percent
 * of the quota, 429 code 4 past the app quota, 80007 past a business quota, the regain estimate in
 * minutes counting down as the clock advances, and a fresh window after {@code window}.
 */
class RateLimiterTest {
    private static final String NUMBER = "106540352242922";
    private static final String OTHER = "113269274970227";

    private MockClock clock;

    @BeforeEach
    void manualClock() {
        clock = new MockClock().manual();
    }

    private ScenarioRun run(Answer.RateLimit limit) {
        return new ScenarioRun(Scenario.of("limited", Step.rateLimit(limit)), clock);
    }

    private static Decision call(ScenarioRun run, String number) {
        return run.decide(new RequestFacts(number, "v23.0", List.of("id"), "token"));
    }

    private static JsonNode appUsage(Decision d) {
        return Mappers.JSON.readTree(d.headers().get("x-app-usage"));
    }

    /** The single entry of x-business-use-case-usage for {@code number}. */
    private static JsonNode businessUsage(Decision d, String number) {
        JsonNode all = Mappers.JSON.readTree(d.headers().get("x-business-use-case-usage"));
        assertThat(all.propertyNames()).containsExactly(number);
        assertThat(all.get(number).size()).isEqualTo(1);
        return all.get(number).get(0);
    }

    @Test
    void aQuotaOfNGivesExactlyNSuccessesThen429sWithRisingUsage() {
        ScenarioRun run = run(Answer.RateLimit.calls(4).per(Duration.ofHours(1)));

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Decision d = call(run, NUMBER);
            String answer = d.answer() instanceof Answer.Error e ? e.status() + "/" + e.error().code() : "pass";
            seen.add(answer + " " + appUsage(d).get("call_count").asInt());
        }

        assertThat(seen).containsExactly("pass 25", "pass 50", "pass 75", "pass 100", "429/4 125", "429/4 150");
    }

    @Test
    void pastTheAppQuotaTheAnswerIsTheDocumented429() {
        ScenarioRun run = run(Answer.RateLimit.calls(1).per(Duration.ofHours(1)));
        call(run, NUMBER);

        Answer.Error error = (Answer.Error) call(run, NUMBER).answer();

        assertThat(error).isEqualTo(Answer.Error.documented("rate-limited"));
        assertThat(error.error().subcode()).isEqualTo(2446079);
        assertThat(error.error().isTransient()).isTrue();
    }

    @Test
    void theUsageHeadersHaveGraphsFormat() {
        ScenarioRun run = run(Answer.RateLimit.calls(10).per(Duration.ofHours(1)));

        Decision d = call(run, NUMBER);

        assertThat(d.headers().get("x-app-usage")).isEqualTo("{\"call_count\":10,\"total_cputime\":3,\"total_time\":4}");
        assertThat(d.headers().get("x-business-use-case-usage")).isEqualTo("{\"" + NUMBER + "\":[{"
                + "\"type\":\"whatsapp_business_management\",\"call_count\":10,\"total_cputime\":3,\"total_time\":4,"
                + "\"estimated_time_to_regain_access\":0}]}");
        assertThat(d.headers()).doesNotContainKey("retry-after");
    }

    @Test
    void theRegainEstimateCountsDownInMinutesAsTheClockAdvances() {
        ScenarioRun run = run(Answer.RateLimit.calls(2).per(Duration.ofHours(1)).retryAfter(true));
        call(run, NUMBER);
        call(run, NUMBER);

        Decision at0 = call(run, NUMBER);
        clock.advance(Duration.ofMinutes(20));
        Decision at20 = call(run, NUMBER);
        clock.advance(Duration.ofMinutes(39).plusSeconds(30));
        Decision at59m30s = call(run, NUMBER);

        assertThat(businessUsage(at0, NUMBER).get("estimated_time_to_regain_access").asInt()).isEqualTo(60);
        assertThat(businessUsage(at20, NUMBER).get("estimated_time_to_regain_access").asInt()).isEqualTo(40);
        assertThat(businessUsage(at59m30s, NUMBER).get("estimated_time_to_regain_access").asInt())
                .as("minutes round up: 30 s left is 1 minute").isEqualTo(1);
        assertThat(at0.headers().get("retry-after")).isEqualTo("3600");
        assertThat(at20.headers().get("retry-after")).isEqualTo("2400");
        assertThat(at59m30s.headers().get("retry-after")).isEqualTo("30");
    }

    @Test
    void retryAfterIsSentOnlyWhenAskedAndOnlyOn429s() {
        ScenarioRun without = run(Answer.RateLimit.calls(1).per(Duration.ofMinutes(1)));
        ScenarioRun with = run(Answer.RateLimit.calls(1).per(Duration.ofMinutes(1)).retryAfter(true));

        assertThat(call(with, NUMBER).headers()).doesNotContainKey("retry-after");
        assertThat(call(with, NUMBER).headers()).containsEntry("retry-after", "60");
        call(without, NUMBER);
        assertThat(call(without, NUMBER).headers()).doesNotContainKey("retry-after");
    }

    @Test
    void afterTheWindowTheQuotaIsFreshAgain() {
        ScenarioRun run = run(Answer.RateLimit.calls(2).per(Duration.ofHours(1)));
        call(run, NUMBER);
        call(run, NUMBER);
        assertThat(call(run, NUMBER).answer()).isInstanceOf(Answer.Error.class);

        clock.advance(Duration.ofMinutes(59));
        assertThat(call(run, NUMBER).answer()).as("a minute before the window ends").isInstanceOf(Answer.Error.class);
        clock.advance(Duration.ofMinutes(1));
        Decision fresh = call(run, NUMBER);

        assertThat(fresh.answer()).isInstanceOf(Answer.Pass.class);
        assertThat(appUsage(fresh).get("call_count").asInt()).isEqualTo(50);
        assertThat(businessUsage(fresh, NUMBER).get("estimated_time_to_regain_access").asInt()).isZero();
    }

    @Test
    void theWindowStartsWithTheFirstCallNotWithTheActivation() {
        ScenarioRun run = run(Answer.RateLimit.calls(1).per(Duration.ofHours(1)));
        clock.advance(Duration.ofMinutes(30));
        call(run, NUMBER);

        clock.advance(Duration.ofMinutes(45));
        Decision stillLimited = call(run, NUMBER);

        assertThat(stillLimited.answer()).isInstanceOf(Answer.Error.class);
        assertThat(businessUsage(stillLimited, NUMBER).get("estimated_time_to_regain_access").asInt()).isEqualTo(15);
    }

    @Test
    void aBusinessQuotaIsCountedPerNumberAndAnsweredWithCode80007() {
        ScenarioRun run = run(Answer.RateLimit.calls(100).per(Duration.ofHours(1)).businessCalls(2));
        call(run, NUMBER);
        call(run, NUMBER);

        Decision third = call(run, NUMBER);
        Decision otherNumber = call(run, OTHER);

        Answer.Error error = (Answer.Error) third.answer();
        assertThat(error.status()).isEqualTo(429);
        assertThat(error.error().code()).isEqualTo(80007);
        assertThat(error.error().type()).isEqualTo("OAuthException");
        assertThat(error.error().isTransient()).isTrue();
        assertThat(error.error().message()).startsWith("(#80007) ");
        assertThat(businessUsage(third, NUMBER).get("call_count").asInt()).isEqualTo(150);
        assertThat(businessUsage(third, NUMBER).get("estimated_time_to_regain_access").asInt()).isEqualTo(60);
        assertThat(appUsage(third).get("call_count").asInt()).isEqualTo(3);

        assertThat(otherNumber.answer()).isInstanceOf(Answer.Pass.class);
        assertThat(businessUsage(otherNumber, OTHER).get("call_count").asInt()).isEqualTo(50);
        assertThat(appUsage(otherNumber).get("call_count").asInt()).isEqualTo(4);
    }

    @Test
    void theNumbersOfOneBusinessAccountShareItsQuotaAndTheHeaderIsKeyedByTheAccount() {
        ScenarioRun run = run(Answer.RateLimit.calls(100).per(Duration.ofHours(1)).businessCalls(2));
        String waba = "104996122399160";
        String otherWaba = "118347265930471";

        Decision first = run.decide(new RequestFacts(NUMBER, "v23.0", List.of("id"), "token", waba));
        run.decide(new RequestFacts(OTHER, "v23.0", List.of("id"), "token", waba));
        Decision third = run.decide(new RequestFacts("141029384756120", "v23.0", List.of("id"), "token", waba));
        Decision otherAccount = run.decide(new RequestFacts("120948375620148", "v23.0", List.of("id"), "token", otherWaba));

        assertThat(businessUsage(first, waba).get("call_count").asInt()).isEqualTo(50);
        assertThat(((Answer.Error) third.answer()).error().code()).as("a third number of the same account").isEqualTo(80007);
        assertThat(businessUsage(third, waba).get("call_count").asInt()).isEqualTo(150);
        assertThat(otherAccount.answer()).isInstanceOf(Answer.Pass.class);
        assertThat(businessUsage(otherAccount, otherWaba).get("call_count").asInt()).isEqualTo(50);
    }

    @Test
    void withoutABusinessQuotaTheBusinessUsageIsMeasuredAgainstTheAppQuota() {
        ScenarioRun run = run(Answer.RateLimit.calls(4).per(Duration.ofHours(1)));

        call(run, OTHER);
        Decision d = call(run, NUMBER);

        assertThat(businessUsage(d, NUMBER).get("call_count").asInt()).isEqualTo(25);
        assertThat(appUsage(d).get("call_count").asInt()).isEqualTo(50);
    }

    @Test
    void whenBothQuotasAreUsedUpTheAppLimitAnswers() {
        ScenarioRun run = run(Answer.RateLimit.calls(2).per(Duration.ofHours(1)).businessCalls(2));
        call(run, NUMBER);
        call(run, NUMBER);

        Answer.Error error = (Answer.Error) call(run, NUMBER).answer();

        assertThat(error.error().code()).isEqualTo(4);
    }

    @Test
    void theCountsAreExactUnderParallelCalls() throws InterruptedException {
        ScenarioRun run = run(Answer.RateLimit.calls(500).per(Duration.ofHours(1)));
        java.util.concurrent.atomic.AtomicInteger passed = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    if (call(run, NUMBER).answer() instanceof Answer.Pass) {
                        passed.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(passed.get()).isEqualTo(500);
    }

    @Test
    void quotasAndWindowMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> Answer.RateLimit.calls(0).per(Duration.ofHours(1)))
                .withMessageContaining("at least 1 call per window");
        assertThatIllegalArgumentException().isThrownBy(() -> Answer.RateLimit.calls(10).per(Duration.ofHours(1))
                .businessCalls(0))
                .withMessageContaining("at least 1 call per window");
        assertThatIllegalArgumentException().isThrownBy(() -> Answer.RateLimit.calls(10).per(Duration.ZERO))
                .withMessageContaining("positive window");
    }
}
