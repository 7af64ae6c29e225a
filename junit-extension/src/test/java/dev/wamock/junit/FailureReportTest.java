package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentest4j.AssertionFailedError;

/** A failing test's report carries its server's journal as a timeline; the failure keeps its type. */
class FailureReportTest {

    @Test
    void aFailedAssertionStaysOneAndCarriesTheTimelineOfItsRequests() {
        Throwable failure = Engine.onlyFailure(Engine.run(FailsAfterThreeRequests.class));

        assertThat(failure).isInstanceOf(AssertionFailedError.class).hasMessageNotContaining("journal");
        assertThat(failure.getSuppressed()).hasSize(1);
        assertThat(failure.getSuppressed()[0].getMessage())
                .startsWith("wamock journal of this test (3 requests to http://127.0.0.1:")
                .containsPattern("\\+0\\.0 ms  #1 GET /v23\\.0/" + Http.NUMBER + " → 500 code 2 \\[transient-then-ok step 0]")
                .containsPattern("\\+\\d+\\.\\d ms  #2 GET /v23\\.0/" + Http.NUMBER + " → 500 code 2")
                .containsPattern("\\+\\d+\\.\\d ms  #3 GET /v23\\.0/" + Http.NUMBER + " → 200")
                .contains("active scenario 'transient-then-ok':", "step 0: error 500 code 2 ×2 — answered 2");
    }

    @Test
    void aFailureInAfterEachCarriesTheTimelineToo() {
        Throwable failure = Engine.onlyFailure(Engine.run(FailsInAfterEach.class));

        assertThat(failure).isInstanceOf(AssertionError.class);
        assertThat(failure.getSuppressed()[0].getMessage()).contains("(1 request to", "#1 GET /v23.0/" + Http.NUMBER);
    }

    @Test
    void aPerClassServerReportsOnlyTheRequestsOfTheFailingTest() {
        Throwable failure = Engine.onlyFailure(Engine.run(PerClassSecondFails.class));

        String report = failure.getSuppressed()[0].getMessage();
        assertThat(report).contains("(1 request to");
        assertThat(report.lines().filter(line -> line.contains(" GET /v23.0/"))).hasSize(1);
    }

    @Test
    void aFailureBeforeAnyRequestSaysSo() {
        Throwable failure = Engine.onlyFailure(Engine.run(FailsWithoutRequests.class));

        assertThat(failure.getSuppressed()[0].getMessage()).contains("(0 requests to", "(no requests received)");
    }

    @Test
    void theReportShowsTheJournalOfTheServerInAFieldThatTheTestUsedNotTheUnusedOwnOne() {
        Throwable failure = Engine.onlyFailure(Engine.run(UsesAServerInAField.class));

        assertThat(failure.getSuppressed()).singleElement().satisfies(report -> assertThat(report.getMessage())
                .startsWith("wamock journal of this test (1 request to " + UsesAServerInAField.url + "):")
                .contains("#1 GET /v23.0/" + Http.NUMBER + " → 200"));
    }

    @EngineFixture
    @WamockTest
    static class FailsAfterThreeRequests {
        @Test
        @WamockScenario("transient-then-ok")
        void expectsAThirdError(WamockHandle wamock) {
            Http.to(wamock).number();
            Http.to(wamock).number();
            assertThat(Http.to(wamock).number().status()).isEqualTo(500);
        }
    }

    @EngineFixture
    @WamockTest
    static class FailsInAfterEach {
        @WamockInstance
        WamockHandle wamock;

        @Test
        void oneRequest() {
            Http.to(wamock).number();
        }

        @AfterEach
        void expectNoRequests() {
            assertThat(wamock.journal().size()).isZero();
        }
    }

    @EngineFixture
    @WamockTest(lifetime = WamockTest.Lifetime.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassSecondFails {
        @Test
        @Order(1)
        void twoRequests(WamockHandle wamock) {
            Http.to(wamock).number();
            Http.to(wamock).number();
        }

        @Test
        @Order(2)
        void oneRequestThenFails(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(418);
        }
    }

    @EngineFixture
    @WamockTest
    static class FailsWithoutRequests {
        @Test
        void fails(WamockHandle wamock) {
            assertThat(wamock.baseUrl()).isEmpty();
        }
    }

    /** Like a {@code @Container WamockContainer} or a {@code WamockClient}: a WamockControl in a field. */
    @EngineFixture
    @WamockTest
    static class UsesAServerInAField {
        static WamockServer other;
        static String url;

        @BeforeAll
        static void start() {
            other = WamockServer.builder().port(0).start();
            url = other.baseUrl();
        }

        @AfterAll
        static void stop() {
            other.close();
        }

        @Test
        void failsAfterOneRequestToTheOtherServer() {
            assertThat(Http.to(other).number().status()).isEqualTo(418);
        }
    }
}
