package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Requests.ok;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.JournalEntry;
import org.junit.jupiter.api.Test;

/** Assertions on one journaled request: how it carried its token, version, fields and User-Agent. */
class JournalEntryAssertTest {
    private final JournalEntry bearer = ok(1, 0).fields("id", "status").build();
    private final JournalEntry query = ok(2, 0).queryToken("fake-token-5678").noUserAgent().version("v19.0").build();

    @Test
    void aBearerTokenRequestPassesHasBearerToken() {
        assertThat(bearer).hasBearerToken().usesVersion("v23.0").requestsFields("status", "id").hasUserAgent()
                .isForNumber(Requests.NUMBER).hasHttpStatus(200);
    }

    @Test
    void aQueryTokenFailsHasBearerToken() {
        assertThatThrownBy(() -> assertThat(query).hasBearerToken())
                .hasMessage(text("""

                        Expecting request:
                          #2 GET /v19.0/106540352242922?access_token=…5678 → 200
                        to carry its access token in the Authorization header (Bearer)
                        but its token came in the access_token query parameter"""));
    }

    @Test
    void aQueryTokenPassesHasQueryTokenAndNoTokenFailsIt() {
        assertThat(query).hasQueryToken();
        assertThatThrownBy(() -> assertThat(ok(3, 0).noToken().build()).hasQueryToken())
                .hasMessage(text("""

                        Expecting request:
                          #3 GET /v23.0/106540352242922 → 200
                        to carry its access token in the access_token query parameter
                        but it carried no token"""));
    }

    @Test
    void anotherVersionFailsUsesVersion() {
        assertThatThrownBy(() -> assertThat(query).usesVersion("v23.0"))
                .hasMessage(text("""

                        Expecting request:
                          #2 GET /v19.0/106540352242922?access_token=…5678 → 200
                        to use Graph API version v23.0
                        but it used v19.0"""));
    }

    @Test
    void otherFieldsOrNoFieldsParameterFailRequestsFields() {
        assertThatThrownBy(() -> assertThat(bearer).requestsFields("id", "quality_rating"))
                .hasMessage(text("""

                        Expecting request:
                          #1 GET /v23.0/106540352242922?fields=id,status → 200
                        to ask for exactly the fields id, quality_rating
                        but it asked for id, status"""));
        assertThatThrownBy(() -> assertThat(query).requestsFields("id"))
                .hasMessageEndingWith("but it sent no fields parameter (Graph then answers id, display_phone_number, status)");
    }

    @Test
    void aRequestWithoutUserAgentFailsHasUserAgent() {
        assertThatThrownBy(() -> assertThat(query).hasUserAgent())
                .hasMessage(text("""

                        Expecting request:
                          #2 GET /v19.0/106540352242922?access_token=…5678 → 200
                        to send a User-Agent header that identifies the client
                        but it sent none"""));
    }

    @Test
    void anotherNumberFailsIsForNumber() {
        assertThatThrownBy(() -> assertThat(bearer).isForNumber(Requests.OTHER_NUMBER))
                .hasMessage(text("""

                        Expecting request:
                          #1 GET /v23.0/106540352242922?fields=id,status → 200
                        to be for number:
                          "106540352242923"
                        but was for:
                          "106540352242922\""""));
    }

    @Test
    void anotherAnswerOrAConnectionFaultFailsHasHttpStatus() {
        assertThatThrownBy(() -> assertThat(Requests.serverError(4, 0).build()).hasHttpStatus(200))
                .hasMessage(text("""

                        Expecting request:
                          #4 GET /v23.0/106540352242922 → 500 code 2
                        to have been answered with HTTP status:
                          200
                        but was:
                          500"""));
        assertThatThrownBy(() -> assertThat(ok(5, 0).fault("reset").build()).hasHttpStatus(0))
                .hasMessageEndingWith(text("but was:\n  reset"));
    }
}
