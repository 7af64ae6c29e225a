package dev.wamock.assertions.demo;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static dev.wamock.assertions.demo.DemoServer.NUMBER;
import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Sleeper;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A connection fault once, then two 500s, then 200s, against the exponential client on a real JDK
 * HttpClient, sleeping in real time: java.net.http repeats the GET by itself after the fault, the client
 * never sees it, and the backoff assertions must not blame the client for that repeat.
 */
class TransportRepeatDemoTest {
    private WamockServer server;

    @BeforeEach
    void start() {
        server = DemoServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} once, then two 500s")
    @EnumSource(value = Fault.class, names = {"RESET", "NO_RESPONSE"})
    void theJdksOwnRepeatAfterAFaultDoesNotBreakAnExponentialBackoff(Fault fault) {
        server.use(Scenario.of(fault.wireName() + "-once-then-transient", Step.fault(fault).times(1),
                Step.error("server-error").times(2), Step.passThrough()));

        DemoServer.correct(server, 5, Sleeper.real()).fetch(NUMBER);

        assertThat(server).hasRequestCount(4).requests().first().satisfies(e -> e.outcome().equals(Outcome.of(fault)));
        assertThat(server).retriedOnlyTransientErrors().eventuallySucceeded()
                .backoff().withSlack(ofMillis(200)).isExponential(ofMillis(100), 2.0, 0.5);
        assertThatThrownBy(() -> assertThat(server).backoff().countingTransportRepeats().withSlack(ofMillis(200))
                .isExponential(ofMillis(100), 2.0, 0.5))
                .hasMessageContaining("after #1 (" + fault.wireName() + "); expected 100.0 ms")
                .hasMessageContaining("Counted as the client's retries (countingTransportRepeats()): #2 repeated #1");
    }
}
