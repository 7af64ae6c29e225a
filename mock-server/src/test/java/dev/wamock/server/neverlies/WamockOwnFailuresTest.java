package dev.wamock.server.neverlies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A failure inside wamock must never pass for Graph's transient {@code 500 code 1}: a client that
 * retries 5xx would then pass against a wamock bug. The fault is injected through the public API: a
 * step's extra field whose value cannot be written as JSON makes the body renderer throw.
 */
class WamockOwnFailuresTest {

    /** A value Jackson cannot serialise: its only property throws. */
    public static final class Exploding {
        public String getValue() {
            throw new IllegalStateException("injected fault in a wamock handler");
        }
    }

    @Test
    void aFailureInsideWamockIsMarkedAsSuchOnTheWireAndOnTheJournalEntry() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            server.use(Scenario.of("broken", Step.passThrough().withExtraFields(Map.of("boom", new Exploding()))));

            Reply reply = Http.to(server).number("");

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.header("X-Wamock-Internal-Error")).isNotBlank();
            assertThat(reply.json().has("error")).as("no Graph error envelope a client could parse").isFalse();
            assertThat(reply.json().path("wamock_internal_error").path("message").asString()).contains("bug in wamock");
            JournalEntry entry = server.journal().entries().get(0);
            assertThat(entry.outcome()).isEqualTo(Outcome.WAMOCK_ERROR);
            assertThat(entry.code()).as("no Graph code is claimed").isNull();
            assertThat(entry.isTransient()).isNull();
            assertThat(entry.failure()).isNotNull();
            assertThat(entry.failure().stackTrace()).contains("injected fault in a wamock handler");
            assertThat(entry.describe()).contains("WAMOCK BUG");
            assertThat(entry.responseHeader("x-wamock-internal-error")).isEqualTo(reply.header("X-Wamock-Internal-Error"));
        }
    }

    @Test
    void aGraphErrorIsNotMistakenForAWamockFailure() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            server.use("http-500");

            Reply reply = Http.to(server).number("");

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.header("X-Wamock-Internal-Error")).isNull();
            JournalEntry entry = server.journal().entries().get(0);
            assertThat(entry.outcome()).isEqualTo(Outcome.RESPONSE);
            assertThat(entry.failure()).isNull();
            assertThat(entry.responseBody()).contains("\"error\"");
        }
    }
}
