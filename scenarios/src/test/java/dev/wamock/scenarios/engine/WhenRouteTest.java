package dev.wamock.scenarios.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wamock.scenarios.InvalidFileException;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.When;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code when.route}: a step applies to the phone-number endpoint unless it names the messages route. */
class WhenRouteTest {
    private static final RequestFacts ENDPOINT = new RequestFacts("106540352242922", "v23.0", List.of(), "t");
    private static final RequestFacts SEND =
            new RequestFacts("106540352242922", "v23.0", List.of(), "t", null, When.MESSAGES_ROUTE);

    @TempDir
    Path dir;

    @Test
    void aStepWithoutARouteAppliesToTheEndpointAndNeverToSends() {
        ScenarioRun run = new ScenarioRun(Scenario.of("down", Step.error("server-error")));

        assertThat(run.decide(ENDPOINT).stepIndex()).isEqualTo(0);
        assertThat(run.decide(SEND).stepApplied()).isFalse();
    }

    @Test
    void aStepOnTheMessagesRouteAppliesToSendsAndLeavesTheEndpointAlone() {
        ScenarioRun run = new ScenarioRun(Scenario.of("sends-down", Step.error("server-error").onSends()));

        assertThat(run.decide(SEND).stepIndex()).isEqualTo(0);
        assertThat(run.decide(ENDPOINT).stepApplied()).isFalse();
    }

    @Test
    void aScenarioFileNamesTheRouteUnderWhen() throws IOException {
        Path file = Files.writeString(dir.resolve("sends.yaml"), """
                name: sends-down
                steps:
                  - error: server-error
                    when: {route: messages}
                  - error: server-error
                    when: {route: number}
                """);

        Scenario scenario = ScenarioFiles.load(file).get(0);

        assertThat(scenario.steps()).extracting(s -> s.when().routeOrDefault()).containsExactly("messages", "number");
        assertThat(scenario.steps().get(1).when().isAny()).isTrue();
    }

    @Test
    void anUnknownRouteNamesFileLineAndFieldWithADidYouMean() throws IOException {
        Path file = Files.writeString(dir.resolve("typo.yaml"), """
                name: sends-down
                steps:
                  - error: server-error
                    when: {route: mesages}
                """);

        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> ScenarioFiles.load(file));

        assertThat(e.getMessage()).startsWith(file + ":4:").contains("steps[0].when")
                .contains("unknown route 'mesages'").contains("did you mean 'messages'?")
                .contains("valid routes: [number, messages]");
    }
}
