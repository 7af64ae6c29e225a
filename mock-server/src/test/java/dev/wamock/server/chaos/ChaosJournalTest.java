package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.Trigger;
import dev.wamock.server.testing.Attempt;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.ServerFixture;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every chaos outcome lands on the journal (effects and outcome), so a test can tell what the server did
 * from what the client concluded: a client-side timeout on a slow answer is not a server-side stall.
 */
class ChaosJournalTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();

    @BeforeEach
    void fresh() {
        SERVER.server().reset();
        SERVER.server().clock().scaleDelays(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void everyFaultIsOnTheJournalWithItsNameAsTheOutcome(Fault fault) {
        SERVER.server().use(Scenario.of("chaos", Step.fault(fault)));

        SERVER.http().withTimeout(Duration.ofMillis(300)).attempt(Http::number);

        JournalEntry entry = SERVER.journal(1).entries().get(0);
        boolean noResponse = fault == Fault.RESET || fault == Fault.NO_RESPONSE || fault == Fault.STALL;
        assertThat(entry.outcome().wireName()).isEqualTo(fault.wireName());
        assertThat(entry.effects()).map(Object::toString).containsExactly("fault " + fault.wireName());
        assertThat(entry.status()).as(entry.describe()).isEqualTo(noResponse ? 0 : fault == Fault.HTML_502 ? 502 : 200);
        assertThat(entry.scenario()).isEqualTo("chaos");
        assertThat(entry.step()).isZero();
        assertThat(entry.failed()).isTrue();
        assertThat(entry.describe()).contains("→ " + fault.wireName());
    }

    @Test
    void aClientTimeoutOnASlowAnswerIsNotAServerStall() {
        SERVER.server().use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(500))).times(1),
                Step.fault(Fault.STALL)));

        Attempt slow = SERVER.http().withTimeout(Duration.ofMillis(150)).attempt(Http::number);
        Attempt stalled = SERVER.http().withTimeout(Duration.ofMillis(150)).attempt(Http::number);

        assertThat(slow.failure()).isInstanceOf(HttpTimeoutException.class);
        assertThat(stalled.failure()).as("the client cannot tell them apart").isInstanceOf(HttpTimeoutException.class);
        List<JournalEntry> entries = SERVER.journal(2).entries();
        JournalEntry late = entries.get(0);
        JournalEntry stall = entries.get(1);
        assertThat(late.outcome().wireName()).as("the server answered, too late").isEqualTo("response");
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.effects()).map(Object::toString).containsExactly("delay 500ms");
        assertThat(late.latencyMicros()).isGreaterThanOrEqualTo(500_000);
        assertThat(stall.outcome().wireName()).as("the server never answered").isEqualTo("stall");
        assertThat(stall.status()).isZero();
        assertThat(stall.effects()).map(Object::toString).containsExactly("fault stall");
    }

    @Test
    void aRequestNoStepFiredForStillNamesTheScenarioThatWasAsked() {
        SERVER.server().use(Scenario.of("every-2nd", Step.fault(Fault.TEXT_PLAIN).trigger(Trigger.everyNth(2))));

        SERVER.http().attempt(Http::number);

        JournalEntry entry = SERVER.onlyEntry();
        assertThat(entry.step()).isNull();
        assertThat(entry.scenario()).isEqualTo("every-2nd");
        assertThat(entry.describe()).contains("[every-2nd pass]");
    }

    @Test
    void theAdminJournalShowsEffectsAndOutcome() {
        SERVER.server().use(Scenario.of("chaos", Step.fault(Fault.RESET).withDelay(Delay.fixed(Duration.ofMillis(20))).times(1)));
        SERVER.http().attempt(Http::number);
        SERVER.journal(2);

        JsonNode entries = JSON.readTree(SERVER.http().admin("GET", "/journal", null).body()).get("entries");

        assertThat(entries.size()).isEqualTo(2);
        JsonNode reset = entries.get(0);
        assertThat(reset.get("outcome").asString()).isEqualTo("reset");
        assertThat(reset.get("status").asInt()).isZero();
        assertThat(reset.get("effects").toString()).isEqualTo("[\"delay 20ms\",\"fault reset\"]");
        JsonNode retry = entries.get(1);
        assertThat(retry.get("outcome").asString()).as("java.net.http's retry, answered normally").isEqualTo("response");
        assertThat(retry.get("status").asInt()).isEqualTo(200);
        assertThat(retry.path("effects").size()).isZero();
    }

    @Test
    void theAdminJournalFiltersTheRequestsThatGotNoResponseWithStatusZero() {
        SERVER.server().use(Scenario.of("chaos", Step.fault(Fault.NO_RESPONSE).times(1), Step.fault(Fault.TEXT_PLAIN).times(1)));
        SERVER.http().attempt(Http::number);
        SERVER.journal(2);

        JsonNode entries = JSON.readTree(SERVER.http().admin("GET", "/journal?status=0", null).body()).get("entries");

        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.get(0).get("outcome").asString()).isEqualTo("no-response");
    }
}
