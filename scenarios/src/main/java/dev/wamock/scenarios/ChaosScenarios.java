package dev.wamock.scenarios;

import java.time.Duration;
import java.util.List;

/**
 * The chaos built-ins (tag {@value BuiltInScenarios#CHAOS}, group 08 of the magic numbers): broken connections and
 * slow answers, each reachable by magic number or header, so a client in any language meets them without a scenario
 * file.
 */
final class ChaosScenarios {
    private ChaosScenarios() {
    }

    /** Every chaos built-in with its tags, in catalogue order. */
    static List<Tagged> all() {
        return List.of(
                faults(Scenario.of("connection-reset", Step.fault(Fault.RESET)).describedAs(
                        "Every request: the connection is reset (TCP RST) and no answer comes; retrying cannot help")),
                faults(Scenario.of("no-response", Step.fault(Fault.NO_RESPONSE)).describedAs(
                        "Every request: the connection closes without a byte of answer"
                                + " (curl: Empty reply from server)")),
                faults(Scenario.of("truncated-body", Step.fault(Fault.TRUNCATED)).describedAs(
                        "Every request: a 200 whose body breaks off at half its Content-Length,"
                                + " then the connection closes")),
                faults(Scenario.of("stall", Step.fault(Fault.STALL)).describedAs(
                        "Every request is read and never answered, until the client gives up"
                                + " (or 30 s pass: then a close)")),
                latency(Scenario.of("slow-answers", Step.passThrough()
                        .withDelay(Delay.logNormal(Duration.ofMillis(250), 1.0, Duration.ofSeconds(3)))).describedAs(
                        "Every answer is late: log-normal delays, median 250 ms, one in ten over 900 ms,"
                                + " never over 3 s")),
                latency(Scenario.of("slow-body", Step.passThrough()
                        .withSlowBody(new SlowBody(10, Duration.ofSeconds(3)))).describedAs(
                        "Every 200 sends status and headers at once, then its body in 10 pieces over 3 s")),
                faults(Scenario.of("reset-once-then-ok", Step.fault(Fault.RESET).times(1), Step.passThrough())
                        .describedAs("One connection reset, then 200s: a client that retries a broken connection"
                                + " succeeds (java.net.http repeats the GET by itself)")));
    }

    private static Tagged faults(Scenario scenario) {
        return new Tagged(scenario, List.of(BuiltInScenarios.CHAOS, BuiltInScenarios.CONNECTION_FAULTS));
    }

    private static Tagged latency(Scenario scenario) {
        return new Tagged(scenario, List.of(BuiltInScenarios.CHAOS, BuiltInScenarios.LATENCY));
    }

    /** A scenario with the tags it gets besides the derived ones. */
    record Tagged(Scenario scenario, List<String> tags) {
    }
}
