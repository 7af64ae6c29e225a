package dev.wamock.client.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.scenarios.Trigger;
import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test body for every {@link WamockControl}: each subclass runs it against one way of reaching a
 * server (in-process, {@code WamockClient} over HTTP, the container), so all must behave the same through
 * the same interface. Shared with the testcontainers module through this module's test-jar.
 */
public abstract class ControlContract {
    /** The server under test, started by the subclass. */
    protected abstract WamockControl control();

    /** The HTTP statuses of the built-in {@code http-NNN} scenarios. */
    public static List<Integer> builtInStatuses() {
        return BuiltInScenarios.names().stream().filter(n -> n.matches("http-\\d{3}"))
                .map(n -> Integer.parseInt(n.substring(5))).toList();
    }

    @BeforeEach
    void startFromTheStartConfiguration() {
        control().reset();
    }

    @Test
    void theBuiltInStatusesAreEveryDocumentedOneFrom200To500() {
        assertThat(builtInStatuses()).containsExactly(200, 400, 401, 403, 404, 422, 429, 500);
    }

    @ParameterizedTest(name = "http-{0}")
    @MethodSource("builtInStatuses")
    void aBuiltInStatusSetThroughTheAdminApiAnswersTheRequestAndIsJournaled(int status) {
        control().use("http-" + status);

        assertThat(Http.to(control()).number().status()).isEqualTo(status);

        assertThat(control().journal().entries()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.numberId()).isEqualTo(Http.NUMBER);
            assertThat(e.scenario()).isEqualTo("http-" + status);
            assertThat(e.outcome().wireName()).isEqualTo("response");
        });
        ScenarioProgress progress = control().progress();
        assertThat(progress.name()).isEqualTo("http-" + status);
        assertThat(progress.steps()).extracting(ScenarioProgress.StepProgress::answered).containsExactly(1L);
    }

    @ParameterizedTest(name = "http-{0}")
    @MethodSource("builtInStatuses")
    void aBuiltInStatusIsTriggeredByItsMagicNumberWithoutTheAdminApi(int status) {
        String magic = BuiltInScenarios.find("http-" + status).orElseThrow().magicNumber();

        assertThat(Http.to(control()).graph("/v23.0/" + magic).status()).isEqualTo(status);

        assertThat(control().journal().entries()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.numberId()).isEqualTo(magic);
            assertThat(e.scenario()).isEqualTo("http-" + status);
        });
        assertThat(control().progress()).as("no scenario was activated").isNull();
    }

    @Test
    void aScenarioWrittenInCodeRunsItsStepsInOrderAndReportsItsProgress() {
        control().use(Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough()));

        List<Integer> statuses = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> Http.to(control()).number().status()).toList();

        assertThat(statuses).containsExactly(500, 500, 200);
        assertThat(control().journal().entries()).extracting(JournalEntry::step).containsExactly(0, 0, 1);
        assertThat(control().progress().steps()).extracting(ScenarioProgress.StepProgress::answered)
                .containsExactly(2L, 1L);
    }

    @Test
    void anOutageWindowOnTheClockPassesWhenTheClockIsAdvancedWithoutSleeping() {
        control().use(Scenario.of("outage",
                Step.error("server-error").trigger(Trigger.window(Duration.ofMinutes(1), Duration.ofMinutes(2)))));
        try {
            WamockClock clock = control().clock().manual();
            int before = Http.to(control()).number().status();
            clock.advance(Duration.ofSeconds(90));
            int during = Http.to(control()).number().status();
            clock.advance(Duration.ofMinutes(1));
            int after = Http.to(control()).number().status();

            assertThat(List.of(before, during, after)).containsExactly(200, 500, 200);
        } finally {
            control().clock().real();
        }
    }

    @Test
    void theManualClocksSleeperAdvancesItAndItsJavaClockFollows() throws InterruptedException {
        control().use(Scenario.of("outage",
                Step.error("server-error").trigger(Trigger.window(Duration.ofMinutes(1), Duration.ofMinutes(2)))));
        try {
            WamockClock clock = control().clock().manual();
            java.time.Clock javaClock = clock.asJavaClock();
            java.time.Instant before = javaClock.instant();

            clock.sleeper().sleep(Duration.ofSeconds(90));

            assertThat(Http.to(control()).number().status()).isEqualTo(500);
            assertThat(Duration.between(before, javaClock.instant())).isEqualTo(Duration.ofSeconds(90));
        } finally {
            control().clock().real();
        }
    }

    @Test
    void resetEmptiesTheJournalAndEndsTheScenario() {
        control().use("http-500");
        Http.to(control()).number();

        control().reset();

        assertThat(control().journal().entries()).isEmpty();
        assertThat(control().journal().total()).isZero();
        assertThat(control().progress()).isNull();
        assertThat(Http.to(control()).number().status()).isEqualTo(200);
    }

    @Test
    void anUnknownScenarioNameFailsWithTheClosestKnownName() {
        assertThatThrownBy(() -> control().use("http-50"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown scenario 'http-50'")
                .hasMessageContaining("did you mean 'http-500'");
    }

    @Test
    void theJournalShowsTheTokenOnlyRedacted() {
        Http.to(control()).number();

        JournalEntry entry = control().journal().entries().get(0);
        assertThat(entry.token()).isEqualTo("…1234").doesNotContain(Http.TOKEN);
        assertThat(entry.tokenSource()).isEqualTo(TokenSource.fromWireName("header"));
    }

    @Test
    void awaitWaitsForADelayedRequestThatIsJournaledWhenItsAnswerEnds() {
        control().use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(300)))));

        CompletableFuture<Reply> answer = CompletableFuture.supplyAsync(() -> Http.to(control()).number());
        Journal awaited = control().journal().await(1, Duration.ofSeconds(10));

        assertThat(awaited.entries()).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(200));
        assertThat(answer.join().status()).isEqualTo(200);
    }

    @Test
    void awaitFailsWithTheTimelineWhenTooFewRequestsLandInTime() {
        Http.to(control()).number();

        assertThatThrownBy(() -> control().journal().await(2, Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected at least 2 journal entries within PT0.1S but 1 had landed")
                .hasMessageContaining("GET /v23.0/" + Http.NUMBER);
    }

    @Test
    void aMarkCutsOutTheRequestsAfterIt() {
        Http.to(control()).number();
        Journal.Mark mark = control().journal().mark();
        Http.to(control()).graph("/v23.0/113269274970227");
        Http.to(control()).graph("/v23.0/999");

        Journal part = control().journal().since(mark);

        assertThat(part.total()).isEqualTo(2);
        assertThat(part.entries()).extracting(JournalEntry::numberId).containsExactly("113269274970227", "999");
        assertThat(part.await(2, Duration.ofSeconds(1)).size()).isEqualTo(2);
    }

    @Test
    void clearJournalForgetsTheEntriesButTheScenarioKeepsItsProgress() {
        control().use(Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough()));
        assertThat(Http.to(control()).number().status()).isEqualTo(500);

        control().clearJournal();

        assertThat(control().journal().entries()).isEmpty();
        assertThat(control().journal().total()).isZero();
        assertThat(control().progress().steps()).extracting(ScenarioProgress.StepProgress::answered)
                .containsExactly(1L, 0L);
        assertThat(Http.to(control()).number().status()).as("the second of two errors").isEqualTo(500);
        assertThat(Http.to(control()).number().status()).isEqualTo(200);
        assertThat(control().journal().entries()).extracting(JournalEntry::status).containsExactly(500, 200);
    }

    @Test
    void aRefusedClockValueFailsWithTheServersMessage() {
        assertThatThrownBy(() -> control().clock().scaleDelays(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delay scale must be >= 0 but was -1");
    }
}
