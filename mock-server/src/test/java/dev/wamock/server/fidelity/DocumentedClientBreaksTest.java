package dev.wamock.server.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import org.junit.jupiter.api.Test;

/**
 * Why graph-observed exists: a client written (and tested) against endpoint.md alone passes every
 * documented-profile test, then misreads production. Here, {@link DocumentedOnlyClient} maps
 * 404 → "number not found", 401 → "re-authenticate", 422 → "bad field" and 429 → "back off"; under
 * graph-observed, production's 400s fall into its "bad request" branch instead.
 */
class DocumentedClientBreaksTest extends BothProfiles {
    /** A tiny client that trusts endpoint.md's status table. */
    record DocumentedOnlyClient(WamockServer server, String token) {
        enum Outcome { OK, NUMBER_NOT_FOUND, REAUTHENTICATE, BAD_FIELD, BACK_OFF, RETRY, BAD_REQUEST, FORBIDDEN }

        Outcome lookUp(String numberId, String fields) {
            Reply reply = Http.to(server).withToken(token).graph("/v23.0/" + numberId + (fields == null ? "" : "?fields=" + fields));
            return switch (reply.status()) {
                case 200 -> Outcome.OK;
                case 401 -> Outcome.REAUTHENTICATE;
                case 403 -> Outcome.FORBIDDEN;
                case 404 -> Outcome.NUMBER_NOT_FOUND;
                case 422 -> Outcome.BAD_FIELD;
                case 429 -> Outcome.BACK_OFF;
                case 500 -> Outcome.RETRY;
                default -> Outcome.BAD_REQUEST;
            };
        }
    }

    @Test
    void anUnknownNumberIsNotFoundInDocumentedButAPlainBadRequestInGraphObserved() {

        assertThat(new DocumentedOnlyClient(documented(), Http.TOKEN).lookUp("999999999999", null))
                .isEqualTo(DocumentedOnlyClient.Outcome.NUMBER_NOT_FOUND);
        assertThat(new DocumentedOnlyClient(observed(), Http.TOKEN).lookUp("999999999999", null))
                .as("production: 400, code 100, subcode 33 — the client must read code/subcode, not the status")
                .isEqualTo(DocumentedOnlyClient.Outcome.BAD_REQUEST);
        assertThat(OBSERVED.http().graph("/v23.0/999999999999").json().path("error").path("error_subcode").asInt())
                .isEqualTo(33);
    }

    @Test
    void anExpiredTokenAsksToReauthenticateOnlyInDocumented() {
        // documented: the built-in http-401 scenario; graph-observed: an expired- token, as production answers it
        assertThat(new DocumentedOnlyClient(documented(), Http.TOKEN).lookUp(Fidelity.magic("http-401"), null))
                .isEqualTo(DocumentedOnlyClient.Outcome.REAUTHENTICATE);
        assertThat(new DocumentedOnlyClient(observed(), "expired-abc").lookUp(Http.NUMBER, null))
                .as("production: 400 with code 190 / subcode 463").isEqualTo(DocumentedOnlyClient.Outcome.BAD_REQUEST);
    }

    @Test
    void anUnknownFieldAndARateLimitLandInTheWrongBranchUnderGraphObserved() {
        assertThat(new DocumentedOnlyClient(documented(), Http.TOKEN).lookUp(Http.NUMBER, "id,colour"))
                .isEqualTo(DocumentedOnlyClient.Outcome.BAD_FIELD);
        assertThat(new DocumentedOnlyClient(observed(), Http.TOKEN).lookUp(Http.NUMBER, "id,colour"))
                .isEqualTo(DocumentedOnlyClient.Outcome.BAD_REQUEST);
        assertThat(new DocumentedOnlyClient(documented(), Http.TOKEN).lookUp(Fidelity.magic("http-429"), null))
                .isEqualTo(DocumentedOnlyClient.Outcome.BACK_OFF);
        assertThat(new DocumentedOnlyClient(observed(), Http.TOKEN).lookUp(Fidelity.magic("http-429"), null))
                .as("production: 400 with code 4 and is_transient — a status-only client never backs off")
                .isEqualTo(DocumentedOnlyClient.Outcome.BAD_REQUEST);
    }
}
