package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.ErrorSpec;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Attempt;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * {@code Retry-After} on an error step over HTTP: seconds or an HTTP-date, from the Java DSL and from the
 * file format through the admin API, on the wire and in the journal, in either profile.
 */
class RetryAfterHttpTest extends ChaosServerTest {

    /** The journal's {@code Retry-After}, whatever the case of its name. */
    private static String retryAfterIn(JournalEntry entry) {
        return entry.responseHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("retry-after"))
                .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    @Test
    void anErrorStepWithRetryAfterSendsTheSecondsAndTheJournalKeepsThem() {
        server().use(Scenario.of("busy", Step.error(ErrorSpec.status(503).retryAfter(Duration.ofSeconds(30))).times(1),
                Step.passThrough()));

        Attempt busy = http().attempt(Http::number);
        Attempt ok = http().attempt(Http::number);

        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.header("retry-after")).isEqualTo("30");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.header("retry-after")).isNull();
        assertThat(retryAfterIn(journal(2).entries().get(0))).isEqualTo("30");
        assertThat(server().progress().steps().get(0).step()).isEqualTo("error 503 code 2 + retry-after 30s ×1");
    }

    @Test
    void theDateFormIsAnImfFixdateThatLongAfterTheRequestArrived() {
        server().use(Scenario.of("busy",
                Step.error(ErrorSpec.named("server-error").retryAfterDate(Duration.ofSeconds(30)))));

        Attempt busy = http().attempt(Http::number);

        String value = busy.header("retry-after");
        assertThat(value).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        Instant received = onlyEntry().receivedAt();
        assertThat(httpDate(value)).as("%s for a request received at %s", value, received)
                .isAfterOrEqualTo(received.plusSeconds(30)).isBefore(received.plusSeconds(60));
        assertThat(retryAfterIn(onlyEntry())).isEqualTo(value);
    }

    @Test
    void aScenarioPostedInTheFileFormSendsItsFixedDate() {
        Reply activated = http().admin("POST", "/scenario", """
                {"name": "maintenance", "steps": [{"error": {"status": 503,
                  "retryAfterDate": "Sun, 06 Nov 1994 08:49:37 GMT"}}]}
                """);
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);

        Attempt busy = http().attempt(Http::number);

        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.header("retry-after")).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    }

    @Test
    void aBadRetryAfterPostedToTheAdminApiIsAGraphShaped400SayingTheRule() {
        Reply refused = http().admin("POST", "/scenario",
                "{\"name\": \"x\", \"steps\": [{\"error\": {\"status\": 503, \"retryAfter\": \"1500ms\"}}]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"error\"").contains("Retry-After counts whole seconds");
    }

    @Test
    void theObservedProfileKeepsTheRetryAfterOfARateLimitErrorItReshapes() {
        try (WamockServer observed = WamockServer.builder().port(0).profile(Profile.GRAPH_OBSERVED).start()) {
            observed.use(Scenario.of("limited", Step.error(ErrorSpec.named("rate-limited")
                    .retryAfter(Duration.ofSeconds(60)))));

            Reply limited = Http.to(observed).number();

            assertThat(limited.body()).contains("(#4)");
            assertThat(limited.header("retry-after")).isEqualTo("60");
        }
    }
}
