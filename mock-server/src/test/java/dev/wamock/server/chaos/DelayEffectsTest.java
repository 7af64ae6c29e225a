package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.SlowBody;
import dev.wamock.scenarios.Step;
import dev.wamock.server.testing.Attempt;
import dev.wamock.server.testing.Http;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delays and slow bodies as the client's own clock measures them: never shorter than scripted, and
 * scaled by {@code clock().scaleDelays(…)}. The journal records the delay drawn for each request. Only
 * lower bounds here; how little longer than scripted an answer takes is {@link DelayTimingTest}'s (stress).
 */
class DelayEffectsTest extends ChaosServerTest {
    @BeforeEach
    void warmUp() {
        http().number();
        server().reset();
    }

    private static Duration scriptedDelay(JournalEntry entry) {
        String effect = entry.effects().stream().map(Object::toString).filter(e -> e.startsWith("delay ")).findFirst()
                .orElseThrow(() -> new AssertionError("no delay on " + entry.describe()));
        return Duration.ofMillis(Long.parseLong(effect.substring("delay ".length(), effect.length() - "ms".length())));
    }

    @Test
    void aFixedDelayHoldsEveryAnswerAtLeastThatLong() {
        server().use(Scenario.of("fixed", Step.passThrough().withDelay(Delay.fixed(Duration.ofMillis(200)))));

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        JournalEntry entry = onlyEntry();
        assertThat(entry.effects()).map(Object::toString).containsExactly("delay 200ms");
        assertThat(entry.outcome().wireName()).isEqualTo("response");
        assertThat(entry.latencyMicros()).isGreaterThanOrEqualTo(200_000);
    }

    @Test
    void aUniformDelayHoldsEachAnswerAtLeastTheDelayDrawnForIt() {
        server().use(Scenario.of("uniform", Step.passThrough()
                .withDelay(Delay.uniform(Duration.ofMillis(20), Duration.ofMillis(120)))));

        List<Duration> elapsed = java.util.stream.IntStream.range(0, 6).mapToObj(i -> http().attempt(Http::number).elapsed()).toList();

        List<JournalEntry> entries = journal(6).entries();
        for (int i = 0; i < 6; i++) {
            Duration drawn = scriptedDelay(entries.get(i));
            assertThat(drawn).isBetween(Duration.ofMillis(20), Duration.ofMillis(120));
            assertThat(elapsed.get(i)).as("call %d, delay drawn %s", i, drawn).isGreaterThanOrEqualTo(drawn);
        }
        assertThat(entries).extracting(DelayEffectsTest::scriptedDelay).doesNotHaveDuplicates();
    }

    @Test
    void aLogNormalDelayHoldsEachAnswerAtLeastTheDelayDrawnAndNeverPastTheCap() {
        server().use(Scenario.of("lognormal", Step.passThrough()
                .withDelay(Delay.logNormal(Duration.ofMillis(30), 0.8, Duration.ofMillis(150)))));

        List<Duration> elapsed = java.util.stream.IntStream.range(0, 6).mapToObj(i -> http().attempt(Http::number).elapsed()).toList();

        List<JournalEntry> entries = journal(6).entries();
        for (int i = 0; i < 6; i++) {
            Duration drawn = scriptedDelay(entries.get(i));
            assertThat(drawn).isLessThanOrEqualTo(Duration.ofMillis(150));
            assertThat(elapsed.get(i)).as("call %d, delay drawn %s", i, drawn).isGreaterThanOrEqualTo(drawn);
        }
    }

    /** An hour scripted: an answer within the client's 10 s timeout is one whose delay was skipped. */
    @Test
    void delayScaleZeroMakesADelayedScenarioFast() {
        server().use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofHours(1)))));
        server().clock().scaleDelays(0);

        for (int i = 0; i < 10; i++) {
            assertThat(http().attempt(Http::number).status()).isEqualTo(200);
        }

        assertThat(journal(10).entries()).allSatisfy(e -> assertThat(e.effects()).map(Object::toString)
                .as("the journal keeps the scripted delay").containsExactly("delay 3600000ms"));
    }

    /** An hour × 0.0001 = 360 ms: at least that, and answered within the client's 10 s timeout, so scaled. */
    @Test
    void aDelayScaleBetweenZeroAndOneShortensTheDelay() {
        server().use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofHours(1)))));
        server().clock().scaleDelays(0.0001);

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.elapsed()).as("1 h × 0.0001").isGreaterThanOrEqualTo(Duration.ofMillis(360));
    }

    @Test
    void aSlowBodyArrivesIntactAfterItsDuration() {
        String normal = http().attempt(Http::number).body();
        server().use(Scenario.of("slow-body", Step.passThrough().withSlowBody(new SlowBody(5, Duration.ofMillis(400)))));

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body()).isEqualTo(normal);
        assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        JournalEntry entry = journal(2).entries().get(1);
        assertThat(entry.effects()).map(Object::toString).containsExactly("slow-body 5x over 400ms");
        assertThat(entry.outcome().wireName()).isEqualTo("response");
    }

    @Test
    void aSlowBodyReachesTheClientPieceByPiece() throws Exception {
        server().use(Scenario.of("slow-body", Step.passThrough().withSlowBody(new SlowBody(4, Duration.ofMillis(600)))));
        Attempt streamed = http().attempt(Http::number);

        assertThat(streamed.status()).isEqualTo(200);
        assertThat(streamed.header("content-length")).isEqualTo(String.valueOf(streamed.answered().bytes().length));
        assertThat(streamed.elapsed()).as("the last chunk after 600 ms").isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(streamed.elapsed().minus(streamed.headersAfter())).as("the headers come with the first chunk, 3 pauses of 200 ms before the last")
                .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    /** An hour scripted: a whole body within the client's 10 s timeout is one sent at once. */
    @Test
    void delayScaleZeroSendsASlowBodyAtOnce() {
        server().use(Scenario.of("slow-body", Step.passThrough().withSlowBody(new SlowBody(10, Duration.ofHours(1)))));
        server().clock().scaleDelays(0);

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.status()).isEqualTo(200);
    }

    /** An hour × 0.0001 = 360 ms: scaled twice it would be 36 µs, not scaled an hour (past the client's 10 s). */
    @Test
    void aDelayScaleBetweenZeroAndOneScalesASlowBodyOnce() {
        server().use(Scenario.of("slow-body", Step.passThrough().withSlowBody(new SlowBody(5, Duration.ofHours(1)))));
        server().clock().scaleDelays(0.0001);

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(360));
    }

    @Test
    void aDelayBeforeAFaultDelaysTheFault() {
        server().use(Scenario.of("late-reset", Step.fault(dev.wamock.scenarios.Fault.TRUNCATED)
                .withDelay(Delay.fixed(Duration.ofMillis(150)))));

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.failure()).hasMessageStartingWith("fixed content-length");
        assertThat(outcome.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(onlyEntry().effects()).map(Object::toString).containsExactly("delay 150ms", "fault truncated");
    }
}
