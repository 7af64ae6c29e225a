package dev.wamock.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.Contract;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ThreadDump;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;

/**
 * Property-based fuzzing of the HTTP surface, over raw sockets (java.net.http refuses much of the input):
 * endpoint requests, arbitrary request lines and headers, and admin bodies for scenarios and the clock.
 * Every input gets a whole answer: a 2xx the contract accepts, or a Graph-shaped JSON error. No 500 that no
 * scenario scripted, no handler failure in the log, and one journal entry for each request that reached the
 * endpoint's routes (Jetty's own parser rejections are answered, not journaled). 8 000 cases; with the
 * parser fuzz of the scenarios module, 13 000.
 */
class HttpSurfaceFuzzTest {
    static final int TIMEOUT_MS = 10_000;
    /** Magic numbers whose built-in scenario answers 500 on purpose. */
    static final Set<String> SCRIPTED_500 = Set.of("http-500", "transient-then-ok").stream()
            .map(n -> BuiltInScenarios.find(n).orElseThrow().magicNumber()).collect(Collectors.toSet());

    /** Statuses Jetty answers itself, before any route: the only ones a bodiless HEAD answer can leave unjournaled. */
    static final Set<Integer> PROTOCOL_STATUSES = Set.of(400, 413, 414, 426, 431, 505);

    private static WamockServer server;
    private static ServerLog log;
    private static long lastNowMillis;

    @BeforeContainer
    static void start() {
        log = ServerLog.capture();
        server = WamockServer.builder().start();
    }

    @AfterContainer
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (log != null) {
            log.close();
        }
    }

    @BeforeProperty
    void forgetEarlierLogs() {
        log.forget();
    }

    @BeforeTry
    void fresh() {
        server.reset();
    }

    @Property(seed = "20261125", tries = 2_500, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void everyEndpointRequestGetsTheContractsAnswerOrAGraphError(@ForAll("endpointRequests") HttpInputs.EndpointRequest r) {
        Reply answer = answered(r.raw());
        String magic = HttpInputs.MAGIC.contains(r.id()) ? r.id() : null;
        if (answer.status() / 100 == 2) {
            assertThat(answer.header("content-type")).as("content type of %s", answer).startsWith("application/json");
            JsonNode body = answer.json();
            List<String> violations = Contract.get().violations("WhatsAppAccountNumber", body, r.selected());
            if (!violations.isEmpty() && magic != null) { // tier-2k, tier-not-set: production's values
                violations = Contract.get().violations("ObservedWhatsAppAccountNumber", body, r.selected());
            }
            assertThat(violations).as("contract violations of %s for %s", answer, r).isEmpty();
        } else {
            assertGraphError(answer, r.raw());
        }
        assertNoUnscripted500(answer, magic != null && SCRIPTED_500.contains(magic), r.raw());
        Statistics.label("status").collect(answer.status());
        assertJournaled(answer, r.raw());
        assertNothingLogged();
    }

    @Property(seed = "20261125", tries = 2_500, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void anyRequestLineAndHeadersGetAWholeAnswer(@ForAll("rawRequests") String raw) {
        Reply answer = answered(raw);
        boolean head = raw.startsWith("HEAD ");
        if (!head && answer.status() / 100 != 2) {
            assertGraphError(answer, raw);
        } else if (!head) {
            assertThat(answer.header("content-type")).as("content type of %s", answer).startsWith("application/json");
            answer.json();
        }
        assertNoUnscripted500(answer, SCRIPTED_500.stream().anyMatch(raw::contains), raw);
        Statistics.label("status").collect(answer.status());
        assertJournaled(answer, raw);
        assertNothingLogged();
    }

    @Property(seed = "20261125", tries = 1_500, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void everyScenarioBodyActivatesAScenarioOrGetsAGraphError(@ForAll("scenarioBodies") String body,
                                                             @ForAll("scenarioMethods") String method) {
        String raw = RawHttp.request(method, "/__wamock/scenario", HttpInputs.latin1(body), "Content-Type: application/json",
                "Connection: close");
        RawHttp.Outcome outcome = RawHttp.once(server.port(), raw, TIMEOUT_MS);
        Reply answer = answered(outcome, raw);
        if (answer.status() == 200) {
            assertThat(answer.json().path("active").path("name").isString()).as("active scenario in %s", answer).isTrue();
            Statistics.label("outcome").collect("activated");
        } else {
            assertGraphError(answer, raw);
            assertThat(answer.status()).as("status of a refused scenario body %s", raw).isEqualTo(400);
            assertThat(answer.json().path("error").path("message").asString()).startsWith("wamock admin: ");
            Statistics.label("outcome").collect("refused");
        }
        assertNothingLogged();
    }

    @Property(seed = "20261125", tries = 1_500, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.MIXIN)
    void everyClockBodyMovesTheClockForwardOrGetsAGraphError(@ForAll("clockBodies") String body) {
        String raw = RawHttp.request("POST", "/__wamock/clock", HttpInputs.latin1(body), "Content-Type: application/json",
                "Connection: close");
        Reply answer = answered(raw);
        if (answer.status() == 200) {
            JsonNode clock = answer.json();
            assertThat(clock.path("mode").asString()).as("mode in %s", answer).isIn("manual", "real");
            assertThat(clock.path("delayScale").asDouble(-1)).as("delay scale in %s", answer).isGreaterThanOrEqualTo(0);
            long now = clock.path("nowMillis").asLong();
            assertThat(now).as("the clock only moves forward: %s after %s", answer, body).isGreaterThanOrEqualTo(lastNowMillis);
            Statistics.label("outcome").collect("applied");
            lastNowMillis = now;
        } else {
            assertGraphError(answer, raw);
            assertThat(answer.status()).as("status of a refused clock body %s", raw).isEqualTo(400);
            Statistics.label("outcome").collect("refused");
        }
        assertNothingLogged();
    }

    @Provide
    Arbitrary<HttpInputs.EndpointRequest> endpointRequests() {
        return HttpInputs.endpointRequests();
    }

    @Provide
    Arbitrary<String> rawRequests() {
        return HttpInputs.rawRequests();
    }

    @Provide
    Arbitrary<String> scenarioBodies() {
        return HttpInputs.scenarioBodies();
    }

    @Provide
    Arbitrary<String> scenarioMethods() {
        return net.jqwik.api.Arbitraries.of("POST", "PUT");
    }

    @Provide
    Arbitrary<String> clockBodies() {
        return HttpInputs.clockBodies();
    }

    private static Reply answered(String raw) {
        return answered(RawHttp.once(server.port(), raw, TIMEOUT_MS), raw);
    }

    private static Reply answered(RawHttp.Outcome outcome, String raw) {
        assertThat(outcome.kind()).as(() -> "what " + show(raw) + " came to (" + outcome.detail() + ")"
                        + (outcome.kind() == RawHttp.Kind.ANSWERED ? "" : "; the server's threads then:" + System.lineSeparator()
                        + ThreadDump.of("wamock")))
                .isEqualTo(RawHttp.Kind.ANSWERED);
        return outcome.reply();
    }

    /** JSON, the Graph error envelope the contract describes, a trace ID. */
    static void assertGraphError(Reply answer, String raw) {
        assertThat(answer.status()).as("status of %s", show(raw)).isBetween(400, 599);
        assertThat(answer.header("content-type")).as("content type of %s for %s", answer, show(raw))
                .startsWith("application/json");
        JsonNode body = answer.json();
        assertThat(Contract.get().violations("GraphAPIError", body)).as("Graph error shape of %s for %s", answer, show(raw))
                .isEmpty();
        assertThat(body.path("error").path("fbtrace_id").asString()).hasSize(23);
    }

    /** A 500 only where a magic number scripted it, and never wamock's own "unknown error" (code 1). */
    static void assertNoUnscripted500(Reply answer, boolean scripted, String raw) {
        if (answer.status() == 500) {
            assertThat(scripted).as("a 500 no scenario scripted: %s for %s", answer, show(raw)).isTrue();
        }
        if (answer.status() >= 400 && !answer.body().isEmpty()) {
            assertThat(answer.json().path("error").path("code").asInt()).as("wamock's internal error code in %s", answer)
                    .isNotEqualTo(1);
        }
    }

    /**
     * One entry, with the status sent, for a request that reached the routes; none for an admin call, and none
     * for a request Jetty's parser rejected before any route ran (answered "Malformed request: …").
     */
    static void assertJournaled(Reply answer, String raw) {
        Journal journal = server.journal();
        if (journal.total() == 1) {
            JournalEntry entry = journal.entries().get(0);
            assertThat(entry.status()).as("journaled status of %s", show(raw)).isEqualTo(answer.status());
            Statistics.label("journal").collect("journaled");
            return;
        }
        assertThat(journal.total()).as("journal entries for one request %s", show(raw)).isZero();
        String message = answer.status() >= 400 && !answer.body().isEmpty()
                ? answer.json().path("error").path("message").asString() : "";
        boolean admin = raw.substring(0, raw.indexOf('\r')).contains("/__wamock");
        boolean jetty = message.startsWith("Malformed request")
                || raw.startsWith("HEAD ") && PROTOCOL_STATUSES.contains(answer.status());
        assertThat(admin || jetty)
                .as("a request neither journaled nor an admin call nor rejected by Jetty: %s → %s", show(raw), answer).isTrue();
        Statistics.label("journal").collect(admin ? "admin call" : "rejected by Jetty's parser, not journaled");
    }

    static void assertNothingLogged() {
        assertThat(log.errors()).as("errors the server logged").isEmpty();
    }

    static String show(String raw) {
        String shown = raw.replace("\r\n", "⏎ ");
        return shown.length() > 400 ? shown.substring(0, 400) + "…" : shown;
    }
}
