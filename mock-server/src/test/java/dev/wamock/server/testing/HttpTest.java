package dev.wamock.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.SlowBody;
import dev.wamock.scenarios.Step;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What {@link Http} puts on the wire, and what an {@link Attempt} reports when the call breaks. */
class HttpTest {
    @RegisterExtension
    final ServerFixture server = ServerFixture.start();

    @Test
    void getSendsOnlyTheHeadersAskedForAndGraphAddsTheTokenUnlessTheCallCarriesItsOwn() {
        Http http = server.http();

        http.get("/v23.0/" + Http.NUMBER);
        http.graph("/v23.0/" + Http.NUMBER);
        http.number("", "Authorization", "Bearer fake-token-5678");
        http.withToken("fake-token-9999").number();
        http.withToken(null).number();

        assertThat(server.journal(5).entries()).extracting(JournalEntry::token)
                .containsExactly(null, "…1234", "…5678", "…9999", null);
    }

    @Test
    void withHeaderAddsAHeaderToEveryCallAndAdminCallsSendJson() {
        Http session = server.http().withHeader("X-Wamock-Session", "kit");

        assertThat(session.admin("PUT", "/scenario", "{\"name\": \"http-500\"}").status()).isEqualTo(200);
        assertThat(session.admin("POST", "/reset", null).status()).as("a write without a body is JSON too").isEqualTo(200);
        session.admin("PUT", "/scenario", "{\"name\": \"http-500\"}");

        assertThat(session.number().status()).isEqualTo(500);
        assertThat(server.http().number().status()).as("the default session").isEqualTo(200);
    }

    @Test
    void anAttemptThatBreaksSaysWhatTheSocketSaidAndFailsTheTestWhenAskedForAStatus() {
        server.server().use(Scenario.of("reset", Step.fault(Fault.RESET)));

        Attempt attempt = server.http().attempt(Http::number);

        assertThat(attempt.reply()).isNull();
        assertThat(attempt.kind()).endsWith(" > SocketException: Connection reset");
        assertThat(attempt.headersAfter()).isNull();
        assertThatThrownBy(attempt::status).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("expected a response but the call failed after");
    }

    @Test
    void anAttemptTimesTheHeadersAndTheEndOfTheBodyOnTheClientsClock() {
        server.server().use(Scenario.of("slow", Step.passThrough().withSlowBody(new SlowBody(3, Duration.ofMillis(300)))));

        Attempt attempt = server.http().attempt(Http::number);

        assertThat(attempt.status()).isEqualTo(200);
        assertThat(attempt.headersAfter()).isNotNull().isLessThan(attempt.elapsed());
        assertThat(attempt.elapsed().minus(attempt.headersAfter())).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThatThrownBy(attempt::rootCause).hasMessageStartingWith("expected the call to fail but it answered 200");
    }

    @Test
    void aReplysHeadersAreFoundInAnyCase() {
        Reply reply = server.http().number();

        assertThat(reply.header("CONTENT-TYPE")).isEqualTo(reply.header("content-type")).isNotNull();
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().path("id").asString()).isEqualTo(Http.NUMBER);
    }
}
