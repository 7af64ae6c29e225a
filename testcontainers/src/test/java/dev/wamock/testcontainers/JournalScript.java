package dev.wamock.testcontainers;

import dev.wamock.client.contract.ControlContract;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.Effect;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.Http;
import java.util.List;

/**
 * One script of requests and control calls, run against any {@link WamockControl}; it returns what the
 * server journaled, without the parts that differ by nature (times, latency, the Host header).
 */
final class JournalScript {
    private JournalScript() {
    }

    /** What two servers must agree on, per journal entry (not the body: its fbtrace_id is fresh each time). */
    record Seen(long seq, String method, String path, String query, String token, TokenSource tokenSource,
                String version, String numberId, List<String> fields, String scenario, Integer step,
                String stepLabel, String stepDescription, int status, Integer code, Integer subcode,
                Boolean isTransient, Outcome outcome, List<Effect> effects) {

        static Seen of(JournalEntry e) {
            return new Seen(e.seq(), e.method(), e.path(), e.query(), e.token(), e.tokenSource(), e.version(),
                    e.numberId(), e.fields(), e.scenario(), e.step(), e.stepLabel(), e.stepDescription(), e.status(),
                    e.code(), e.subcode(), e.isTransient(), e.outcome(), e.effects());
        }
    }

    static List<Seen> run(WamockControl control) {
        control.reset();
        for (int status : ControlContract.builtInStatuses()) {
            control.use("http-" + status);
            Http.to(control).number();
            Http.to(control).graph("/v23.0/" + BuiltInScenarios.find("http-" + status).orElseThrow().magicNumber());
        }
        control.use(Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough()));
        for (int i = 0; i < 3; i++) {
            Http.to(control).number("?fields=status,quality_rating");
        }
        control.use("transient-then-ok");
        Http.to(control).get("/v23.0/" + Http.NUMBER);
        Http.to(control).get("/v23.0/not-a-number?access_token=fake-query-token");
        return control.journal().entries().stream().map(Seen::of).toList();
    }
}
