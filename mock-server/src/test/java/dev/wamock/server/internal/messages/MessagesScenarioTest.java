package dev.wamock.server.internal.messages;

import static dev.wamock.server.internal.messages.Sends.TEXT;
import static dev.wamock.server.internal.messages.Sends.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Scenario steps on sends: {@code when.route: messages} applies to sends only; a step without it never touches them. */
@Timeout(60)
class MessagesScenarioTest {
    @TempDir
    Path dir;

    @Test
    void aStepOnTheMessagesRouteAnswersASendAndLeavesTheEndpointAlone() throws IOException {
        Files.writeString(dir.resolve("sends-down.yaml"), """
                name: sends-down
                steps:
                  - error: server-error
                    when: {route: messages}
                """);
        try (WamockServer server = WamockServer.builder().port(0).scenarioFiles(dir).startScenario("sends-down").start()) {
            Http http = Http.to(server);

            Reply sent = send(http, TEXT);
            Reply endpoint = http.number();

            assertThat(sent.status()).isEqualTo(500);
            assertThat(sent.error().path("is_transient").asBoolean()).isTrue();
            assertThat(endpoint.status()).isEqualTo(200);
            assertThat(server.journal().entries().get(0).step()).isEqualTo(0);
            assertThat(server.journal().entries().get(1).step()).isNull();
        }
    }

    @Test
    void aWhatsAppErrorOnSendsKeepsItsOwnDetailsInTheGraphObservedProfile() {
        try (WamockServer server = WamockServer.builder().port(0).profile(Profile.GRAPH_OBSERVED)
                .scenarios(Scenario.of("sends-throttled", Step.error("throughput-limit").onSends()))
                .startScenario("sends-throttled").start()) {
            Reply sent = send(Http.to(server), TEXT);

            assertThat(sent.error().path("code").asInt()).isEqualTo(130429);
            assertThat(sent.error().path("error_data").path("details").asString())
                    .as("the catalogue's details, not the endpoint's rate-limit text").contains("too many messages");
        }
    }

    @Test
    void aScenarioWithoutARouteLeavesSendsAlone() {
        try (WamockServer server = WamockServer.builder().port(0)
                .scenarios(Scenario.of("endpoint-down", Step.error("server-error"))).startScenario("endpoint-down").start()) {
            Http http = Http.to(server);

            assertThat(http.number().status()).isEqualTo(500);
            assertThat(send(http, TEXT).status()).isEqualTo(200);
        }
    }

    @Test
    void aFaultOnSendsBreaksTheConnectionOfASendOnly() {
        try (WamockServer server = WamockServer.builder().port(0)
                .scenarios(Scenario.of("sends-reset", Step.fault(Fault.RESET).onSends()))
                .startScenario("sends-reset").start()) {
            Http http = Http.to(server);

            assertThat(http.attempt(h -> send(h, TEXT)).failure()).isNotNull();
            assertThat(http.number().status()).isEqualTo(200);
        }
    }

    @Test
    void aStepOnSendsIsNotAskedForAnInvalidSend() {
        try (WamockServer server = WamockServer.builder().port(0)
                .scenarios(Scenario.of("sends-down", Step.error("server-error").onSends())).startScenario("sends-down")
                .start()) {
            Reply reply = send(Http.to(server), "{\"to\": 7}");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.error().path("code").asInt()).isEqualTo(100);
        }
    }
}
