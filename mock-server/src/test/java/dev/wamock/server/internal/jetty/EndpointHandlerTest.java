package dev.wamock.server.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Profile;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The endpoint's requests are served ahead of the servlet and Javalin's routes, and answered byte for byte as the
 * routes answer them: each request is sent twice, as is (served by {@link EndpointHandler}) and with an
 * {@code X-HTTP-Method-Override: GET} header (which leaves it to the routes, where it is the same GET); the two
 * answers, and their journal entries, differ only in what is fresh per answer (date, trace and request IDs, times).
 */
class EndpointHandlerTest {
    private static final List<String> TARGETS = List.of(
            "/v23.0/106540352242922",
            "/v23.0/106540352242922?fields=id,verified_name,quality_rating",
            "/v23.0/999",
            "/v23.0/abc?fields=nope",
            "/v99/106540352242922?access_token=fake-token-1234",
            "/v23.0/104996122399160/phone_numbers?limit=2",
            "/v23.0/104996122399160/phone_numbers?limit=1&fields=id&after=MTA2NTQwMzUyMjQyOTIy",
            "/sessions/s1/v23.0/104996122399160/phone_numbers?limit=1",
            "/v23.0/106540352242922?fields=%zz");
    private static final List<List<String>> HEADERS = List.of(
            List.of(RawHttp.AUTH),
            List.of(),
            List.of(RawHttp.AUTH, "X-Wamock-Scenario: http-429"),
            List.of(RawHttp.AUTH, "X-Wamock-Scenario: status-flagged", "X-Wamock-Session: s2"),
            List.of(RawHttp.AUTH, "X-Wamock-Scenario: truncated-body"),
            List.of(RawHttp.AUTH, "X-Wamock-Scenario: nope"));

    @ParameterizedTest
    @EnumSource(Profile.class)
    @Timeout(60)
    void theEndpointAnswersAheadOfTheRoutesWhatTheRoutesAnswer(Profile profile) throws IOException {
        try (WamockServer server = WamockServer.builder().port(0).profile(profile).start()) {
            for (String target : TARGETS) {
                for (List<String> headers : HEADERS) {
                    String ahead = send(server.port(), target, headers, false);
                    String routed = send(server.port(), target, headers, true);

                    assertThat(fresh(ahead)).as("%s with %s", target, headers).isEqualTo(fresh(routed));
                }
            }
            List<JournalEntry> entries = new java.util.ArrayList<>(server.journal().entries());
            for (String session : List.of("s1", "s2")) {
                entries.addAll(server.session(session).journal().entries());
            }
            assertThat(entries).hasSize(2 * TARGETS.size() * HEADERS.size());
            for (int i = 0; i < entries.size(); i += 2) {
                assertThat(fresh(entries.get(i))).isEqualTo(fresh(entries.get(i + 1)));
            }
        }
    }

    @Test
    void theHandlerSitsAheadOfTheServletContext() {
        try (WamockServer server = WamockServer.start()) {
            Handler handler = SharedJetty.get().server().getHandler();
            while (handler instanceof Handler.Wrapper wrapper && !(handler instanceof EndpointHandler)) {
                assertThat(wrapper).isNotInstanceOf(org.eclipse.jetty.ee10.servlet.ServletContextHandler.class);
                handler = wrapper.getHandler();
            }
            assertThat(handler).as("the handler ahead of the servlet context").isInstanceOf(EndpointHandler.class);
        }
    }

    /** One request on its own connection, read to the end (the server closes it). */
    private static String send(int port, String target, List<String> headers, boolean viaRoutes) throws IOException {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                .append(port).append("\r\n");
        headers.forEach(h -> request.append(h).append("\r\n"));
        if (viaRoutes) {
            request.append("X-HTTP-Method-Override: GET\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** {@code text} with what is fresh per answer (date, trace and request IDs) blanked. */
    private static String fresh(String text) {
        return text.replaceAll("Date: [^\r\n]+", "Date: -").replaceAll("A[A-Za-z0-9_-]{22}", "ID");
    }

    /** The entry without what is fresh per request: times, the request's own headers, the response's date and IDs. */
    private static String fresh(JournalEntry e) {
        java.util.Map<String, String> answered = new java.util.TreeMap<>(e.responseHeaders());
        answered.remove("Date");
        return fresh(String.join("|", e.method(), e.path(), String.valueOf(e.query()), String.valueOf(e.token()),
                String.valueOf(e.tokenSource()), String.valueOf(e.version()), String.valueOf(e.numberId()),
                String.valueOf(e.fields()), String.valueOf(e.scenario()), String.valueOf(e.step()),
                String.valueOf(e.status()), String.valueOf(e.code()), String.valueOf(e.subcode()),
                String.valueOf(e.outcome()), answered.toString(), String.valueOf(e.responseBody()),
                String.valueOf(e.effects()), String.valueOf(e.failure())));
    }
}
