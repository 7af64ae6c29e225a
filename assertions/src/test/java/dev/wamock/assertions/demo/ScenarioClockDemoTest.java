package dev.wamock.assertions.demo;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.demo.DemoServer.NUMBER;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Sleeper;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that takes a {@link Sleeper} runs a one-minute Retry-After story in no real time: the manual
 * clock's sleeper advances the clock, the rate window frees, and the backoff assertions read the waits
 * on the scenario clock.
 */
class ScenarioClockDemoTest {
    /** One call per minute, with {@code retry-after} on the 429s. */
    private static final Scenario ONE_PER_MINUTE = Scenario.of("one-call-per-minute",
            Step.rateLimit(new Answer.RateLimit(1, null, Duration.ofMinutes(1), true)));
    private WamockServer server;

    @BeforeEach
    void start() {
        server = DemoServer.start();
        server.use(ONE_PER_MINUTE);
        server.clock().manual();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClientSleepingOnTheManualClockWaitsOutAMinuteAndIsCheckedOnTheScenarioClock() {
        AccountNumberClient client = DemoServer.correct(server, 3, server.clock().sleeper());

        client.fetch(NUMBER);
        client.fetch(NUMBER);

        assertThat(server).hasRequestCount(3).eventuallySucceeded().backoff().honoursRetryAfter();
        assertThat(server.journal().entries().get(2).clockNanos() - server.journal().entries().get(1).clockNanos())
                .as("the scenario clock moved by the minute the client slept").isEqualTo(Duration.ofMinutes(1).toNanos());
    }

    @Test
    void aClientThatSleepsHalfTheRetryAfterFailsOnTheScenarioClock() {
        Sleeper sleeper = server.clock().sleeper();
        AccountNumberClient hasty = DemoServer.correct(server, 3, d -> sleeper.sleep(d.dividedBy(2)));

        hasty.fetch(NUMBER);
        hasty.fetch(NUMBER);

        assertThatThrownBy(() -> assertThat(server).backoff().honoursRetryAfter())
                .hasMessageContaining("#3 waited 30000.0 ms on the scenario clock after #2 (429 code 4/2446079),"
                        + " which asked for retry-after: 60 (60000.0 ms)");
    }

    @Test
    void aClientThatReallySleepsIsMeasuredInRealTimeThoughTheClockIsManual() {
        server.use("transient-then-ok");
        DemoServer.correct(server, 3, Sleeper.real()).fetch(NUMBER);

        assertThat(server).eventuallySucceeded().backoff().withSlack(ofMillis(200)).isExponential(ofMillis(100), 2.0, 0.5);
    }

    @Test
    void theJavaClockViewMovesWithTheScenarioClock() {
        java.time.Clock clock = server.clock().asJavaClock();
        java.time.Instant before = clock.instant();

        server.clock().advance(Duration.ofHours(1));

        assertThat(Duration.between(before, clock.instant())).isEqualTo(Duration.ofHours(1));
    }
}
