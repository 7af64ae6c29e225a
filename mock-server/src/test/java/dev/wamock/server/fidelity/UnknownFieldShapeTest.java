package dev.wamock.server.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
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
        WamockServer server = profile.equals("documented") ? documented : observed;

        Wire.Reply scripted = Wire.get(server, "/v23.0/" + Wire.magic("http-422") + "?fields=id,status", Wire.TOKEN);
        Wire.Reply scriptedNoFields = Wire.get(server, "/v23.0/" + Wire.magic("http-422"), Wire.TOKEN);
        Wire.Reply real = Wire.get(server, "/v23.0/" + Wire.NUMBER + "?fields=id,unknown_field", Wire.TOKEN);

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
