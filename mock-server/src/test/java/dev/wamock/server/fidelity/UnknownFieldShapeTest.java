package dev.wamock.server.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Row 9: one shape for "unknown field". The {@code http-422} built-in (asked for known fields) and a real
 * unknown field send the same error, byte for byte but for {@code fbtrace_id}: in graph-observed production's
 * 400 "(#100) Tried accessing nonexisting field (…) on node type (WhatsAppBusinessPhoneNumber)", in documented
 * endpoint.md's 422.
 */
class UnknownFieldShapeTest extends BothProfiles {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"documented", "graph-observed"})
    void theHttp422BuiltInAndARealUnknownFieldSendTheSameError(String profile) {
        WamockServer server = profile.equals("documented") ? documented() : observed();

        Reply scripted = Http.to(server).graph("/v23.0/" + Fidelity.magic("http-422") + "?fields=id,status");
        Reply scriptedNoFields = Http.to(server).graph("/v23.0/" + Fidelity.magic("http-422"));
        Reply real = Http.to(server).graph("/v23.0/" + Http.NUMBER + "?fields=id,unknown_field");

        assertThat(withoutTraceId(scripted.body())).as("http-422 vs a real unknown field, %s", profile)
                .isEqualTo(withoutTraceId(scriptedNoFields.body())).isEqualTo(withoutTraceId(real.body()));
        assertThat(scripted.status()).isEqualTo(real.status()).isEqualTo(profile.equals("documented") ? 422 : 400);
        assertThat(scripted.header("WWW-Authenticate")).isEqualTo(real.header("WWW-Authenticate"));
        if (profile.equals("graph-observed")) {
            assertThat(real.json().path("error").path("message").asString()).isEqualTo(
                    "(#100) Tried accessing nonexisting field (unknown_field) on node type (WhatsAppBusinessPhoneNumber)");
            assertThat(real.json().path("error").path("type").asString()).isEqualTo("OAuthException");
        }
    }

    private static String withoutTraceId(String body) {
        assertThat(body).contains("\"fbtrace_id\":\"");
        return body.replaceAll("\"fbtrace_id\":\"[^\"]*\"", "\"fbtrace_id\":\"…\"");
    }
}
