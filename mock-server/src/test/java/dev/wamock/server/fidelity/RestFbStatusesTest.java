package dev.wamock.server.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.restfb.DebugHeaderInfo;
import com.restfb.DefaultFacebookClient;
import com.restfb.Parameter;
import com.restfb.Version;
import com.restfb.exception.FacebookException;
import com.restfb.exception.FacebookGraphException;
import com.restfb.exception.FacebookNetworkException;
import com.restfb.exception.FacebookOAuthException;
import com.restfb.types.whatsapp.WhatsAppBusinessPhoneNumber;
import dev.wamock.scenarios.Profile;
import dev.wamock.server.ProfileOptions;
import dev.wamock.server.WamockServer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in status scenario (http-200 … http-500, by magic number) through RestFB, in both
 * profiles: what RestFB surfaces is what a RestFB user meets. docs/fidelity.md explains each row.
 */
class RestFbStatusesTest {
    private static WamockServer documented;
    private static WamockServer observed;
    private static WamockServer observedDocStatuses;

    @BeforeAll
    static void start() {
        documented = Wire.start(Profile.DOCUMENTED);
        observed = Wire.start(Profile.GRAPH_OBSERVED);
        observedDocStatuses = Wire.start(new ProfileOptions(Profile.GRAPH_OBSERVED, 429, 401));
    }

    @AfterAll
    static void stop() {
        Stream.of(documented, observed, observedDocStatuses).forEach(WamockServer::close);
    }

    /** What RestFB throws: its exception class, the HTTP status it saw, and the Graph error it parsed. */
    record Seen(Class<? extends FacebookException> type, int status, Integer code, Integer subcode, boolean isTransient) {
        static Seen oauth(int status, int code, Integer subcode, boolean isTransient) {
            return new Seen(FacebookOAuthException.class, status, code, subcode, isTransient);
        }

        static Seen graph(int status, int code, Integer subcode, boolean isTransient) {
            return new Seen(FacebookGraphException.class, status, code, subcode, isTransient);
        }

        /** RestFB does not read the body of statuses other than 200/304/400/401/403/404/500. */
        static Seen network(int status) {
            return new Seen(FacebookNetworkException.class, status, null, null, false);
        }
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                // documented: endpoint.md's statuses; RestFB cannot read 422 and 429 bodies
                Arguments.of("documented", "http-400", Seen.oauth(400, 100, null, false)),
                Arguments.of("documented", "http-401", Seen.oauth(401, 190, 463, false)),
                Arguments.of("documented", "http-403", Seen.oauth(403, 200, 1349174, false)),
                Arguments.of("documented", "http-404", Seen.graph(404, 803, null, false)),
                Arguments.of("documented", "http-422", Seen.network(422)),
                Arguments.of("documented", "http-429", Seen.network(429)),
                Arguments.of("documented", "http-500", Seen.graph(500, 2, null, true)),
                // graph-observed (defaults): production's 400 for token, rate-limit, 404 and 422 errors
                Arguments.of("graph-observed", "http-400", Seen.oauth(400, 100, null, false)),
                Arguments.of("graph-observed", "http-401", Seen.oauth(400, 190, 463, false)),
                Arguments.of("graph-observed", "http-403", Seen.oauth(403, 200, 1349174, false)),
                Arguments.of("graph-observed", "http-404", Seen.graph(400, 100, 33, false)),
                Arguments.of("graph-observed", "http-422", Seen.graph(400, 100, null, false)),
                Arguments.of("graph-observed", "http-429", Seen.oauth(400, 4, 2446079, true)),
                Arguments.of("graph-observed", "http-500", Seen.graph(500, 2, null, true)),
                // graph-observed with --rate-limit-status 429 --token-error-status 401
                Arguments.of("graph-observed 429/401", "http-401", Seen.oauth(401, 190, 463, false)),
                Arguments.of("graph-observed 429/401", "http-429", Seen.network(429)));
    }

    private static WamockServer server(String profile) {
        return switch (profile) {
            case "documented" -> documented;
            case "graph-observed" -> observed;
            default -> observedDocStatuses;
        };
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("errors")
    void restFbSurfacesEveryDocumentedErrorTyped(String profile, String builtIn, Seen expected) {
        DefaultFacebookClient client = Wire.restFb(server(profile));

        FacebookException thrown = catchThrowableOfType(FacebookException.class, () -> client.fetchObject(
                Wire.magic(builtIn), WhatsAppBusinessPhoneNumber.class, Parameter.with("fields", "id,status")));

        assertThat(thrown).as("%s %s", profile, builtIn).isExactlyInstanceOf(expected.type());
        DebugHeaderInfo headers = client.getWebRequestor().getDebugHeaderInfo();
        assertThat(headers.getTraceId()).as("x-fb-trace-id RestFB saw").isNotBlank();
        assertThat(headers.getUsedVersion()).isEqualTo(Version.VERSION_23_0);
        assertThat(headers.getAppUsage().getCallCount()).isZero();
        if (thrown instanceof FacebookNetworkException network) {
            assertThat(network.getHttpStatusCode()).isEqualTo(expected.status());
            return;
        }
        FacebookGraphException graph = (FacebookGraphException) thrown;
        assertThat(graph.getHttpStatusCode()).as("HTTP status").isEqualTo(expected.status());
        assertThat(graph.getErrorCode()).as("code").isEqualTo(expected.code());
        assertThat(graph.getErrorSubcode()).as("error_subcode").isEqualTo(expected.subcode());
        assertThat(graph.getIsTransient()).as("is_transient").isEqualTo(expected.isTransient());
        assertThat(graph.getFbtraceId()).as("fbtrace_id").isNotBlank().isEqualTo(headers.getTraceId());
        assertThat(graph.getDebugHeaderInfo()).as("the exception's debug-header info").isSameAs(headers);
        if (profile.startsWith("graph-observed") && expected.code() == 4) {
            assertThat(graph.getErrorMessage()).startsWith("(#4) ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void http200ParsesIntoRestFbsType(String profile) {
        DefaultFacebookClient client = Wire.restFb(server(profile));

        WhatsAppBusinessPhoneNumber number = client.fetchObject(Wire.magic("http-200"), WhatsAppBusinessPhoneNumber.class);

        assertThat(number.getId()).isEqualTo(Wire.magic("http-200"));
        assertThat(number.getDisplayPhoneNumber()).isEqualTo("+1 555-010-4821");
        assertThat(number.getStatus()).isEqualTo(WhatsAppBusinessPhoneNumber.Status.CONNECTED);
        assertThat(client.getWebRequestor().getDebugHeaderInfo().getUsedVersion()).isEqualTo(Version.VERSION_23_0);
    }

    static Stream<String> profiles() {
        return Stream.of("documented", "graph-observed");
    }
}
