package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Attempt;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.ServerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wrong but plausible answers: complete HTTP responses whose body or labels a client must not trust.
 * The journal keeps the status sent and names the fault as the outcome.
 */
class WrongAnswerFaultsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();
    private static String normalBody;

    @BeforeAll
    static void normalBody() {
        normalBody = SERVER.http().number().body();
    }

    @BeforeEach
    void freshJournal() {
        SERVER.server().reset();
    }

    private static Attempt callWith(Step step) {
        SERVER.server().use(Scenario.of("wrong-answer", step));
        return SERVER.http().attempt(Http::number);
    }

    @Test
    void malformedJsonIsA200WhoseBodyDoesNotParse() {
        Attempt outcome = callWith(Step.fault(Fault.MALFORMED_JSON));

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.contentType()).startsWith("application/json");
        assertThat(outcome.header("content-length")).isEqualTo(String.valueOf(outcome.body().length()));
        assertThat(normalBody).startsWith(outcome.body());
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> JSON.readTree(outcome.body()));
        assertOnTheJournal(200, "malformed-json");
    }

    @Test
    void malformedJsonKeepsTheStatusOfTheStepsAnswer() {
        Attempt outcome = callWith(Step.error("server-error").withFault(Fault.MALFORMED_JSON));

        assertThat(outcome.status()).isEqualTo(500);
        assertThat(outcome.body()).startsWith("{\"error\":");
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> JSON.readTree(outcome.body()));
        JournalEntry entry = assertOnTheJournal(500, "malformed-json");
        assertThat(entry.code()).isEqualTo(2);
    }

    @Test
    void html502IsAProxysBadGatewayPage() {
        Attempt outcome = callWith(Step.fault(Fault.HTML_502));

        assertThat(outcome.status()).isEqualTo(502);
        assertThat(outcome.contentType()).startsWith("text/html");
        assertThat(outcome.body()).startsWith("<html>").contains("<title>502 Bad Gateway</title>");
        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> JSON.readTree(outcome.body()));
        assertOnTheJournal(502, "html-502");
    }

    @Test
    void html502ReplacesEvenAnErrorAnswer() {
        Attempt outcome = callWith(Step.error("rate-limited").withFault(Fault.HTML_502));

        assertThat(outcome.status()).isEqualTo(502);
        assertThat(outcome.contentType()).startsWith("text/html");
    }

    @Test
    void empty200IsA200WithNoBody() {
        Attempt outcome = callWith(Step.fault(Fault.EMPTY_200));

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body()).isEmpty();
        assertThat(outcome.header("content-length")).isEqualTo("0");
        assertThat(outcome.contentType()).startsWith("application/json");
        assertOnTheJournal(200, "empty-200");
    }

    @Test
    void empty200ReplacesEvenAnErrorAnswer() {
        Attempt outcome = callWith(Step.error("server-error").withFault(Fault.EMPTY_200));

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body()).isEmpty();
        assertOnTheJournal(200, "empty-200");
    }

    @Test
    void textPlainIsTheNormalAnswerLabelledAsText() {
        Attempt outcome = callWith(Step.fault(Fault.TEXT_PLAIN));

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.contentType()).startsWith("text/plain");
        assertThat(outcome.body()).isEqualTo(normalBody);
        assertOnTheJournal(200, "text-plain");
    }

    @Test
    void textPlainOnAnErrorKeepsTheGraphErrorBody() {
        Attempt outcome = callWith(Step.error("rate-limited").withFault(Fault.TEXT_PLAIN));

        assertThat(outcome.status()).isEqualTo(429);
        assertThat(outcome.contentType()).startsWith("text/plain");
        JsonNode error = JSON.readTree(outcome.body()).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(4);
        assertThat(error.get("error_subcode").asInt()).isEqualTo(2446079);
    }

    private static JournalEntry assertOnTheJournal(int status, String outcome) {
        JournalEntry entry = SERVER.onlyEntry();
        assertThat(entry.status()).as(entry.describe()).isEqualTo(status);
        assertThat(entry.outcome().wireName()).as(entry.describe()).isEqualTo(outcome);
        assertThat(entry.effects()).map(Object::toString).as(entry.describe()).containsExactly("fault " + outcome);
        assertThat(entry.failed()).isTrue();
        return entry;
    }
}
