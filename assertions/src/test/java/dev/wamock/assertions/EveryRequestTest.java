package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Requests.journal;
import static dev.wamock.assertions.Requests.ok;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import org.junit.jupiter.api.Test;

/** The "every request" forms: one failure lists each offending request and marks it on the timeline. */
class EveryRequestTest {
    private final Journal consistent = journal(ok(1, 0).fields("id", "status"), ok(2, 10).fields("status", "id"));
    private final Journal mixed = journal(
            ok(1, 0).fields("id"),
            ok(2, 10).queryToken("fake-token-5678").noUserAgent(),
            ok(3, 20).version("v22.0").fields("id", "status"));

    @Test
    void aConsistentClientPassesEveryForm() {
        assertThat(consistent).everyRequestHasBearerToken().everyRequestUsesVersion("v23.0")
                .everyRequestRequestsFields("id", "status").everyRequestHasUserAgent();
        assertThat(journal(ok(1, 0).queryToken("fake-token-5678"))).everyRequestHasQueryToken();
    }

    @Test
    void aQueryTokenAmongBearerTokensFailsEveryRequestHasBearerToken() {
        assertThatThrownBy(() -> assertThat(mixed).everyRequestHasBearerToken())
                .hasMessage(text("""

                        Expecting every request to carry its access token in the Authorization header (Bearer)
                        but these did not:
                          #2 GET /v23.0/106540352242922?access_token=…5678 → 200: its token came in the access_token query parameter
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922?fields=id → 200
                             +10.0 ms  #2 GET /v23.0/106540352242922?access_token=…5678 → 200  ← its token came in the access_token query parameter
                             +20.0 ms  #3 GET /v22.0/106540352242922?fields=id,status → 200"""));
    }

    @Test
    void bearerTokensFailEveryRequestHasQueryToken() {
        assertThatThrownBy(() -> assertThat(consistent).everyRequestHasQueryToken())
                .hasMessageStartingWith(text("""

                        Expecting every request to carry its access token in the access_token query parameter
                        but these did not:
                          #1 GET /v23.0/106540352242922?fields=id,status → 200: its token came in the Authorization header
                          #2 GET /v23.0/106540352242922?fields=status,id → 200: its token came in the Authorization header
                        Journal:"""));
    }

    @Test
    void anOldVersionFailsEveryRequestUsesVersion() {
        assertThatThrownBy(() -> assertThat(mixed).everyRequestUsesVersion("v23.0"))
                .hasMessage(text("""

                        Expecting every request to use Graph API version v23.0
                        but these did not:
                          #3 GET /v22.0/106540352242922?fields=id,status → 200: it used v22.0
                        Journal:
                              +0.0 ms  #1 GET /v23.0/106540352242922?fields=id → 200
                             +10.0 ms  #2 GET /v23.0/106540352242922?access_token=…5678 → 200
                             +20.0 ms  #3 GET /v22.0/106540352242922?fields=id,status → 200  ← it used v22.0"""));
    }

    @Test
    void otherFieldsFailEveryRequestRequestsFields() {
        assertThatThrownBy(() -> assertThat(mixed).everyRequestRequestsFields("id", "status"))
                .hasMessageStartingWith(text("""

                        Expecting every request to ask for exactly the fields id, status
                        but these did not:
                          #1 GET /v23.0/106540352242922?fields=id → 200: it asked for id
                          #2 GET /v23.0/106540352242922?access_token=…5678 → 200: it sent no fields parameter (Graph then answers id, display_phone_number, status)
                        Journal:"""));
    }

    @Test
    void aRequestWithoutUserAgentFailsEveryRequestHasUserAgent() {
        assertThatThrownBy(() -> assertThat(mixed).everyRequestHasUserAgent())
                .hasMessageStartingWith(text("""

                        Expecting every request to send a User-Agent header that identifies the client
                        but these did not:
                          #2 GET /v23.0/106540352242922?access_token=…5678 → 200: it sent none
                        Journal:"""))
                .hasMessageContaining("#2 GET /v23.0/106540352242922?access_token=…5678 → 200  ← it sent none");
    }
}
