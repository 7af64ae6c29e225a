package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.client.contract.ControlContract;
import dev.wamock.server.WamockServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same script gives the same journal from the in-process server and from the image. */
@NeedsWamockImage
class SameJournalInProcessAndInContainerTest {

    @Test
    void oneScriptJournalsTheSameRequestsAnswersAndStepsInProcessAndInTheContainer() {
        List<JournalScript.Seen> inProcess;
        List<JournalScript.Seen> inContainer;
        try (WamockServer server = WamockServer.builder().port(0).start();
             WamockContainer container = new WamockContainer()) {
            container.start();
            inProcess = JournalScript.run(server);
            inContainer = JournalScript.run(container);
        }

        assertThat(inProcess).hasSize(2 * ControlContract.builtInStatuses().size() + 3 + 2);
        assertThat(inProcess).extracting(JournalScript.Seen::status)
                .contains(200, 400, 401, 403, 404, 422, 429, 500);
        assertThat(inContainer).as("the container's journal, entry by entry").containsExactlyElementsOf(inProcess);
    }
}
