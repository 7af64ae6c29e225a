package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
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
            Graph.getNumber(wamock); // a 500: a retrying client tries again
            assertThat(Graph.getNumber(wamock)).isEqualTo(200);
        }
    }

    @EngineFixture
    @WamockTest
    static class PassesOnAGraphError {
        @Test
        @WamockScenario("http-500")
        void getsAGraph500(WamockHandle wamock) {
            assertThat(Graph.getNumber(wamock)).isEqualTo(500);
        }
    }
}
