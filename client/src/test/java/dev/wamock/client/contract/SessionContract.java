package dev.wamock.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ControlContract} against one session of a server while its neighbours are busy: before each test the
 * server's default session and another session each get a scenario of their own and a request; after it, each
 * must still hold exactly that scenario, count and request. So a session control that reads or writes anything
 * but its own session fails both ways: it sees the neighbours' scenario or journal, or they see its.
 */
public abstract class SessionContract extends ControlContract {
    /** The server's default session (the server itself, or a client of it without a session). */
    protected abstract WamockControl defaultSession();

    /** Another session of the same server. */
    protected abstract WamockControl otherSession();

    /** The ID of the session {@link #control()} drives. */
    protected abstract String sessionId();

    @BeforeEach
    void theNeighboursAreBusy() {
        busy(defaultSession(), "http-500");
        busy(otherSession(), "http-429");
    }

    @AfterEach
    void theNeighboursAreUntouched() {
        untouched(defaultSession(), "http-500", 500);
        untouched(otherSession(), "http-429", 429);
    }

    @Test
    void theSessionsBaseUrlNamesItUnderTheServersOwn() {
        assertThat(control().baseUrl()).isEqualTo(defaultSession().baseUrl() + "/sessions/" + sessionId());
    }

    private static void busy(WamockControl neighbour, String scenario) {
        neighbour.reset();
        neighbour.use(scenario);
        Http.to(neighbour).number();
    }

    private static void untouched(WamockControl neighbour, String scenario, int status) {
        assertThat(neighbour.journal().entries()).as("journal of %s", neighbour)
                .extracting(JournalEntry::status).containsExactly(status);
        ScenarioProgress progress = neighbour.progress();
        assertThat(progress.name()).as("scenario of %s", neighbour).isEqualTo(scenario);
        assertThat(progress.steps()).extracting(ScenarioProgress.StepProgress::answered).containsExactly(1L);
    }
}
