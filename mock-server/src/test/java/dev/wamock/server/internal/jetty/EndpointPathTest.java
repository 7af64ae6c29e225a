package dev.wamock.server.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which paths the endpoint's handler serves itself (the endpoint's two shapes with plain segments, maybe under a
 * session's base URL) and which it leaves to the routes, which answer them as before.
 */
class EndpointPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/v23.0/106540352242922", "/v23.0/abc", "/x/y", "/v23.0/104996122399160/phone_numbers",
        "/V_1.0~-/a.b", "/v23.0/phone_numbers"})
    void anEndpointShapedPathWithPlainSegmentsIsServedAheadOfTheRoutes(String path) {
        EndpointPath target = EndpointPath.parse(path);

        assertThat(target).isNotNull();
        assertThat(target.path()).isEqualTo(path);
        assertThat(target.session()).isNull();
        assertThat("/" + target.version() + "/" + target.id() + (target.phoneNumbers() ? "/phone_numbers" : ""))
                .isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "/", "/foo", "/v23.0/", "/v23.0/123/", "//123", "/v23.0//", "/v23.0/123/x",
        "/v23.0/123/phone_numbers/", "/v23.0/123/phone_numbersx", "/v23.0/1%32", "/v23%2E0/1", "/v23.0/1;x",
        "/./123", "/../123", "/v23.0/..", "/__wamock/health", "/__wamockx/1", "/__wamock/ui/app.js",
        "/sessions/s1", "/sessions/s1/", "/sessions/s%21/v23.0/1", "/sessions/s+1/v23.0/1", "/sessions//v23.0/1",
        "/sessions/s1/__wamock/health", "/sessions/s1/v23.0/1/x", "/v23.0/1+2", "/v23.0/1:2", "/v23.0/é", "/sessions/v23.0/123"})
    void everyOtherPathIsLeftToTheRoutes(String path) {
        assertThat(EndpointPath.parse(path)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sessions/s1/v23.0/106540352242922", "/sessions/A-b_c.~9/v23.0/104996122399160/phone_numbers"})
    void aSessionsBaseUrlIsTakenOffAndNamesTheSession(String path) {
        EndpointPath target = EndpointPath.parse(path);

        String base = path.substring(0, path.indexOf("/v23.0"));
        assertThat(target.session()).isEqualTo(base.substring("/sessions/".length()));
        assertThat(target.path()).isEqualTo(path.substring(base.length()));
        assertThat(target.version()).isEqualTo("v23.0");
    }
}
