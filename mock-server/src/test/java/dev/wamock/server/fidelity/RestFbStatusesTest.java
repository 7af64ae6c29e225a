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
import com.restfb.types.whatsapp.WhatsAppBusinessPhoneNumber;
import dev.wamock.scenarios.Profile;
import dev.wamock.server.ProfileOptions;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.ServerFixture;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in status scenario (http-200 … http-500, by magic number) through RestFB, in both
 * profiles: what RestFB surfaces is what a RestFB user meets. The expectations are docs/fidelity.md's
 * table "Built-in status scenarios through RestFB" ({@link FidelityPage}): the page and this test are one
 * source, so a row of the page that the wire contradicts fails here.
 */
class RestFbStatusesTest {
    @RegisterExtension
    static final ServerFixture DOCUMENTED = ServerFixture.with(b -> b.profile(Profile.DOCUMENTED));
    @RegisterExtension
    static final ServerFixture OBSERVED = ServerFixture.with(b -> b.profile(Profile.GRAPH_OBSERVED));
    @RegisterExtension
    static final ServerFixture OBSERVED_DOC_STATUSES = ServerFixture.with(b -> b.profile(
            new ProfileOptions(Profile.GRAPH_OBSERVED, 429, 401)));

    /** Every cell of the page's table: its column (profile), the built-in of its row, what it says. */
    static Stream<Arguments> pageCells() {
        List<String> columns = FidelityPage.columns();
        return FidelityPage.rows().stream().flatMap(row -> IntStream.range(0, columns.size())
                .mapToObj(i -> Arguments.of(columns.get(i), row.builtIn(), row.cells().get(i))));
    }

    private static WamockServer server(String column) {
        return switch (column) {
            case "documented" -> DOCUMENTED.server();
            case "graph-observed (defaults)" -> OBSERVED.server();
            case "graph-observed 429/401" -> OBSERVED_DOC_STATUSES.server();
            default -> throw new IllegalArgumentException(FidelityPage.PAGE + ": unknown profile column '" + column + "'");
        };
    }

    @Test
    void thePageListsEveryStatusBuiltInInEveryProfile() {
        assertThat(FidelityPage.columns()).containsExactly("documented", "graph-observed (defaults)", "graph-observed 429/401");
        assertThat(FidelityPage.rows()).extracting(FidelityPage.Row::builtIn).containsExactly(
                "http-200", "http-400", "http-401", "http-403", "http-404", "http-422", "http-429", "http-500");
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("pageCells")
    void restFbSurfacesWhatThePageSays(String column, String builtIn, FidelityPage.Cell expected) {
        DefaultFacebookClient client = Fidelity.restFb(server(column));

        FacebookException thrown = catchThrowableOfType(FacebookException.class, () -> client.fetchObject(
                Fidelity.magic(builtIn), WhatsAppBusinessPhoneNumber.class, Parameter.with("fields", "id,status")));

        String cell = column + " " + builtIn + " (docs/fidelity.md says '" + expected.text() + "')";
        DebugHeaderInfo headers = client.getWebRequestor().getDebugHeaderInfo();
        assertThat(headers.getTraceId()).as("x-fb-trace-id RestFB saw").isNotBlank();
        assertThat(headers.getUsedVersion()).isEqualTo(Version.VERSION_23_0);
        assertThat(headers.getAppUsage().getCallCount()).isZero();
        if (expected.parsed()) {
            assertThat(thrown).as(cell).isNull();
            return;
        }
        assertThat(thrown).as(cell).isNotNull();
        assertThat(thrown.getClass().getSimpleName()).as(cell).isEqualTo(expected.exception());
        if (thrown instanceof FacebookNetworkException network) {
            assertThat(network.getHttpStatusCode()).as(cell).isEqualTo(expected.status());
            return;
        }
        FacebookGraphException graph = (FacebookGraphException) thrown;
        assertThat(graph.getHttpStatusCode()).as("HTTP status: " + cell).isEqualTo(expected.status());
        assertThat(graph.getErrorCode()).as("code: " + cell).isEqualTo(expected.code());
        assertThat(graph.getErrorSubcode()).as("error_subcode: " + cell).isEqualTo(expected.subcode());
        assertThat(graph.getIsTransient()).as("is_transient: " + cell).isEqualTo(expected.isTransient());
        assertThat(graph.getFbtraceId()).as("fbtrace_id").isNotBlank().isEqualTo(headers.getTraceId());
        assertThat(graph.getDebugHeaderInfo()).as("the exception's debug-header info").isSameAs(headers);
        if (expected.messagePrefix() != null) {
            assertThat(graph.getErrorMessage()).as("message: " + cell).startsWith(expected.messagePrefix());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void http200ParsesIntoRestFbsType(String profile) {
        DefaultFacebookClient client = Fidelity.restFb(server(profile));

        WhatsAppBusinessPhoneNumber number = client.fetchObject(Fidelity.magic("http-200"), WhatsAppBusinessPhoneNumber.class);

        assertThat(number.getId()).isEqualTo(Fidelity.magic("http-200"));
        assertThat(number.getDisplayPhoneNumber()).isEqualTo("+1 555-010-4821");
        if (profile.equals("documented")) {
            assertThat(number.getStatus()).isEqualTo(WhatsAppBusinessPhoneNumber.Status.CONNECTED);
        } else {
            assertThat(number.getVerifiedName()).as("production's default fields").isEqualTo("Acme Support");
        }
        assertThat(client.getWebRequestor().getDebugHeaderInfo().getUsedVersion()).isEqualTo(Version.VERSION_23_0);
    }

    static Stream<String> profiles() {
        return Stream.of("documented", "graph-observed (defaults)");
    }
}
