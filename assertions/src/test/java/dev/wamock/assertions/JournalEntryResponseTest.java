package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * What the client received, read back from the journal: the response assertions run on a journaled
 * answer, against the schema of the profile that answered; and which labelled step answered.
 */
class JournalEntryResponseTest {
    private static final String OBSERVED_ONLY = "?fields=id,throughput";

    @Test
    void aJournaledAnswerConformsToTheSchemaOfItsProfile() {
        try (WamockServer observed = WamockServer.builder().port(0).profile(Profile.GRAPH_OBSERVED).start()) {
            Http.to(observed).number(OBSERVED_ONLY);
            Http.to(observed).graph("/v23.0/999999999999");
            JournalEntry ok = observed.journal().entries().get(0);

            assertThat(observed).requests().first().response().conformsToSchema().isAccountNumber()
                    .hasId(Requests.NUMBER);
            assertThat(observed).requests().last().response().conformsToSchema().isGraphError().hasCode(100)
                    .hasSubcode(33).hasFreshTraceId();
            assertThatThrownBy(() -> assertThat(GraphResponse.of(ok).withProfile(Profile.DOCUMENTED)).conformsToSchema())
                    .hasMessageContaining("to conform to the contract schema WhatsAppAccountNumber (the schema of HTTP"
                            + " 200 answers in openapi.yaml)")
                    .hasMessageContaining("throughput");
        }
    }

    @Test
    void aJournaledAnswerKeepsItsHeadersAsSentAndFindsThemInAnyCase() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            Http.to(server).withHeader("User-Agent", "wamock-assertions-test/1.0").number("?fields=id", "X-Wamock-Scenario", "http-429");
            GraphResponse answer = GraphResponse.of(server.journal().entries().get(0));

            assertThat(answer.profile()).isEqualTo(Profile.DOCUMENTED);
            assertThat(answer.header("X-FB-TRACE-ID")).isEqualTo(answer.header("x-fb-trace-id"));
            assertThat(answer.header("x-fb-trace-id")).isPresent();
            assertThat(server.journal().entries().get(0).header("USER-AGENT")).isEqualTo("wamock-assertions-test/1.0");
            assertThat(answer).isGraphError().matchesDocumented("rate-limited").hasFreshTraceId();
        }
    }

    @Test
    void aRequestThatGotNoAnswerHasNoResponseToAssertOn() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            server.use(Scenario.of("reset-always", Step.fault(Fault.RESET)));
            assertThatThrownBy(() -> Http.to(server).number());

            assertThatThrownBy(() -> assertThat(server).requests().first().wasAnswered())
                    .hasMessageContaining("but it ended with reset");
            assertThatThrownBy(() -> assertThat(server).requests().first().response())
                    .hasMessageContaining("to have been answered over HTTP")
                    .hasMessageContaining("but it ended with reset: the client received no response");
            assertThatThrownBy(() -> GraphResponse.of(server.journal().entries().get(0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("request #1 got no HTTP answer (reset)");
        }
    }

    @Test
    void answeredByStepComparesTheLabelAsWrittenAndNamesTheStepThatAnswered() {
        JournalEntry labelled = Requests.serverError(1, 0).build().toBuilder().scenario("outage").step(0)
                .stepLabel("Down for Maintenance").stepDescription("Down for Maintenance: error 500 code 2 ×3").build();
        JournalEntry unlabelled = labelled.toBuilder().step(1).stepLabel(null).stepDescription("pass").build();
        JournalEntry passedThrough = labelled.toBuilder().step(null).stepLabel(null).stepDescription(null).build();

        assertThat(labelled).answeredByStep("Down for Maintenance");
        assertThatThrownBy(() -> assertThat(labelled).answeredByStep("down for maintenance"))
                .hasMessage(text("""

                        Expecting request:
                          #1 GET /v23.0/106540352242922 → 500 code 2 [outage step 0]
                        to have been answered by the scenario step labelled:
                          "down for maintenance"
                        but step 0 of outage answered it (Down for Maintenance: error 500 code 2 ×3), labelled 'Down for Maintenance'"""));
        assertThatThrownBy(() -> assertThat(unlabelled).answeredByStep("up"))
                .hasMessageEndingWith("but step 1 of outage answered it (pass), which has no label");
        assertThatThrownBy(() -> assertThat(passedThrough).answeredByStep("up"))
                .hasMessageEndingWith("but no step of outage answered it (the data-driven behaviour did)");
        assertThatThrownBy(() -> assertThat(Requests.ok(2, 0).build()).answeredByStep("up"))
                .hasMessageEndingWith("but no scenario was active");
    }
}
