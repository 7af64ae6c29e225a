package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.WamockFailure;
import dev.wamock.scenarios.engine.MockClock;
import dev.wamock.server.testing.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a failure inside wamock was answered as Graph's transient 500, so a client that retries
 * 5xx passed against a wamock bug. Now the test fails, with the server-side failure as the cause.
 */
class WamockBugFailsTheTestTest {

    @Test
    void aTestWhoseClientRetriedPastAWamockBugFailsWithTheBugAsTheCause() {
        Throwable failure = Engine.onlyFailure(Engine.run(RetriesPastABrokenMock.class));

        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessageContaining("wamock itself failed while answering 1 request of this test")
                .hasMessageContaining("bug in wamock, not in your client");
        assertThat(failure.getCause()).hasMessageContaining("injected fault in a wamock handler")
                .hasMessageContaining("server-side stack trace");
    }

    @Test
    void aTestWithoutWamockFailuresIsNotTouched() {
        assertThat(Engine.failures(Engine.run(PassesOnAGraphError.class))).isEmpty();
    }

    @Test
    void aWamockFailureJournaledByAnotherServerTheTestUsedFailsItToo() {
        Throwable failure = Engine.onlyFailure(Engine.run(UsesARemoteServerThatFailed.class));

        assertThat(failure).hasMessageContaining("wamock itself failed while answering 1 request")
                .hasMessageContaining(RemoteServer.URL);
        assertThat(failure.getCause()).hasMessageContaining("java.lang.NullPointerException: remote bug");
    }

    /** A stand-in for a container: a control whose journal holds an entry with a wamock failure. */
    static final class RemoteServer implements WamockControl {
        static final String URL = "http://127.0.0.1:1";

        @Override
        public String baseUrl() {
            return URL;
        }

        @Override
        public void use(Scenario scenario) {
        }

        @Override
        public void use(String scenarioName) {
        }

        @Override
        public void reset() {
        }

        @Override
        public Journal journal() {
            return new Journal(1, 0, List.of(JournalEntry.builder().seq(1).method("GET").path("/v23.0/1").status(500)
                    .outcome(Outcome.WAMOCK_ERROR)
                    .failure(new WamockFailure("java.lang.NullPointerException", "remote bug", "\tat x")).build()));
        }

        @Override
        public void clearJournal() {
        }

        @Override
        public ScenarioProgress progress() {
            return null;
        }

        @Override
        public WamockClock clock() {
            return new MockClock();
        }
    }

    @EngineFixture
    @WamockTest
    static class UsesARemoteServerThatFailed {
        static final WamockControl remote = new RemoteServer();

        @Test
        void passesOnItsOwn() {
            assertThat(remote.baseUrl()).isNotEmpty();
        }
    }

    /** A value Jackson cannot write: the body renderer throws, as a wamock bug would. */
    public static final class Exploding {
        public String getValue() {
            throw new IllegalStateException("injected fault in a wamock handler");
        }
    }

    @EngineFixture
    @WamockTest
    static class RetriesPastABrokenMock {
        @Test
        void retriesOnceThenSucceeds(WamockHandle wamock) {
            wamock.use(Scenario.of("broken", Step.passThrough().withExtraFields(Map.of("boom", new Exploding()))
                    .times(1), Step.passThrough()));
            Http.to(wamock).number(); // a 500: a retrying client tries again
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
        }
    }

    @EngineFixture
    @WamockTest
    static class PassesOnAGraphError {
        @Test
        @WamockScenario("http-500")
        void getsAGraph500(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(500);
        }
    }
}
