package bench;

import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bench.tests tests, each one request to its own fresh OkHttp MockWebServer, as its JUnit 5 docs say:
 * a {@code @StartStop} instance field, so every invocation (a new test instance) gets a server started
 * before and closed after it. The test enqueues the same answer as the WireMock stub (wamock's default:
 * body and Graph headers); MockWebServer checks no token.
 */
class MockWebServerPerTest {

    @StartStop
    final MockWebServer server = new MockWebServer();

    static IntStream indexes() {
        return Expected.indexes();
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void oneRequestToAFreshServer(int index) throws Exception {
        var answer = new MockResponse.Builder().code(200).body(Expected.BODY);
        Expected.HEADERS.forEach(h -> answer.addHeader(h.getKey(), h.getValue()));
        server.enqueue(answer.build());
        Expected.getAndCheck("http://" + server.getHostName() + ":" + server.getPort());
    }
}
